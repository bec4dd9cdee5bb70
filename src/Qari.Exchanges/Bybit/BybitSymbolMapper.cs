using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// Maps <c>BTC/USDT</c> ↔ <c>BTCUSDT</c>. The concatenated form is ambiguous, so symbols learned from the
/// instrument list win; otherwise a known quote suffix splits it, and anything else is refused.
/// </summary>
public sealed class BybitSymbolMapper
{
    // Longest first, so "FDUSD" is tried before "USD"-like endings.
    private static readonly string[] KnownQuotes = ["FDUSD", "USDT", "USDC", "USDE", "USDQ", "BTC", "ETH", "EUR", "BRL", "TRY", "DAI", "MNT", "PLN"];
    private readonly ConcurrentDictionary<string, Symbol> _learned = new(StringComparer.Ordinal);

    /// <summary>The exchange's spelling, e.g. BTCUSDT.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + symbol.Quote;

    /// <summary>Remembers the split the exchange published for a symbol (from instruments-info).</summary>
    public void Learn(string exchangeSymbol, Symbol symbol) => _learned[exchangeSymbol] = symbol;

    /// <summary>Recovers Qari's symbol from the exchange's spelling; false when it cannot be split with confidence.</summary>
    public bool TryFromExchange(string? exchangeSymbol, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrEmpty(exchangeSymbol)) return false;
        if (_learned.TryGetValue(exchangeSymbol, out symbol)) return true;
        foreach (var quote in KnownQuotes)
        {
            if (exchangeSymbol.Length > quote.Length && exchangeSymbol.EndsWith(quote, StringComparison.Ordinal))
                return Symbol.TryParse(exchangeSymbol[..^quote.Length] + "/" + quote, out symbol);
        }
        return false;
    }
}
