using Qari.Model.Ids;

namespace Qari.Exchanges.Gate;

/// <summary>Maps Qari's <c>BTC/USDT</c> to Gate's <c>BTC_USDT</c> and back.</summary>
public static class GateSymbols
{
    /// <summary>Gate's spelling of a symbol (currency_pair).</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + "_" + symbol.Quote;

    /// <summary>Parses Gate's <c>BASE_QUOTE</c>; false when the text is not of that form.</summary>
    public static bool TryFromExchange(string? text, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrEmpty(text)) return false;
        var cut = text.IndexOf('_', StringComparison.Ordinal);
        if (cut <= 0 || cut != text.LastIndexOf('_') || cut == text.Length - 1) return false;
        return Symbol.TryParse(text[..cut] + "/" + text[(cut + 1)..], out symbol);
    }
}
