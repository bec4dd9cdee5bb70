using Qari.Model.Ids;

namespace Qari.Exchanges.Kucoin;

/// <summary>Maps Qari's <c>BTC/USDT</c> to KuCoin's <c>BTC-USDT</c> and back.</summary>
public static class KucoinSymbols
{
    /// <summary>KuCoin's spelling of a symbol.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + "-" + symbol.Quote;

    /// <summary>Parses KuCoin's <c>BASE-QUOTE</c>; false when the text is not of that form.</summary>
    public static bool TryFromExchange(string? text, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrEmpty(text)) return false;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash != text.LastIndexOf('-') || dash == text.Length - 1) return false;
        return Symbol.TryParse(text[..dash] + "/" + text[(dash + 1)..], out symbol);
    }
}
