using Qari.Model.Ids;

namespace Qari.Exchanges.Okx;

/// <summary>Maps <c>BTC/USDT</c> ↔ <c>BTC-USDT</c> (OKX's spelling is unambiguous).</summary>
public static class OkxSymbolMapper
{
    /// <summary>The exchange's spelling.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + "-" + symbol.Quote;

    /// <summary>Recovers Qari's symbol; false for anything that is not BASE-QUOTE.</summary>
    public static bool TryFromExchange(string? instId, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrEmpty(instId)) return false;
        var dash = instId.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || instId.IndexOf('-', dash + 1) >= 0) return false;
        return Symbol.TryParse(instId[..dash] + "/" + instId[(dash + 1)..], out symbol);
    }
}
