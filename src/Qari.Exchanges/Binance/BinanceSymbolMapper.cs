using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Exchanges.Binance;

/// <summary>
/// BTC/USDT ↔ BTCUSDT. Going to Binance is concatenation; coming back needs the split, learnt from exchangeInfo
/// (base and quote assets), with a suffix match on well-known quote assets for symbols not seen yet.
/// </summary>
public sealed class BinanceSymbolMapper
{
    private static readonly string[] KnownQuotes = ["USDT", "USDC", "FDUSD", "TUSD", "BUSD", "DAI", "EUR", "TRY", "BRL", "BTC", "ETH", "BNB"];
    private readonly ConcurrentDictionary<string, Symbol> _known = new(StringComparer.Ordinal);

    /// <summary>Binance's spelling.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + symbol.Quote;

    /// <summary>Records the split of a Binance symbol (from exchangeInfo).</summary>
    public void Learn(string exchangeSymbol, string baseAsset, string quoteAsset) => _known[exchangeSymbol] = new Symbol(baseAsset, quoteAsset);

    /// <summary>Qari's symbol for a Binance symbol; false when it cannot be split.</summary>
    public bool TryFromExchange(string exchangeSymbol, out Symbol symbol)
    {
        if (_known.TryGetValue(exchangeSymbol, out symbol)) return true;
        foreach (var quote in KnownQuotes)
        {
            if (exchangeSymbol.Length > quote.Length && exchangeSymbol.EndsWith(quote, StringComparison.Ordinal))
            {
                symbol = new Symbol(exchangeSymbol[..^quote.Length], quote);
                return true;
            }
        }
        symbol = default;
        return false;
    }
}
