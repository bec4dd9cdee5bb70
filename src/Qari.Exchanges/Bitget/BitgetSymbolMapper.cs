using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Exchanges.Bitget;

/// <summary>BTC/USDT ↔ BTCUSDT (v2; v1's BTCUSDT_SPBL is not used). The split back is learnt from the symbols list.</summary>
public sealed class BitgetSymbolMapper
{
    private static readonly string[] KnownQuotes = ["USDT", "USDC", "BTC", "ETH", "EUR", "BRL"];
    private readonly ConcurrentDictionary<string, Symbol> _known = new(StringComparer.Ordinal);

    /// <summary>Bitget's spelling.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + symbol.Quote;

    /// <summary>Records the split of a Bitget symbol.</summary>
    public void Learn(string exchangeSymbol, string baseCoin, string quoteCoin) => _known[exchangeSymbol] = new Symbol(baseCoin, quoteCoin);

    /// <summary>Records a symbol Qari names.</summary>
    public void Learn(Symbol symbol) => _known[ToExchange(symbol)] = symbol;

    /// <summary>Qari's symbol for a Bitget symbol; false when it cannot be split.</summary>
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
