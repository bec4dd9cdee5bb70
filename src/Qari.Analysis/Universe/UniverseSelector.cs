using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Universe;

/// <summary>
/// Picks the scanned universe from 24h tickers: pairs in the preferred quote (USDT; USD or USDC where the exchange
/// has no USDT market), minus stablecoins, leveraged tokens (UP/DOWN/BULL/BEAR, 3L/3S/5L/5S…), the platform and
/// user blacklists; the top N by 24h quote volume, ties broken by symbol for a deterministic result.
/// </summary>
public sealed class UniverseSelector(UniverseSettings? settings = null)
{
    private static readonly string[] LeveragedSuffixes = ["UP", "DOWN", "BULL", "BEAR", "HEDGE", "HALF"];
    private readonly UniverseSettings _s = settings ?? UniverseSettings.Default;

    /// <summary>The selected pairs, highest 24h quote volume first.</summary>
    public IReadOnlyList<Symbol> Select(IEnumerable<Ticker> tickers)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        var all = tickers.ToList();
        var quote = (_s.QuotePreference ?? ["USDT", "USD", "USDC"]).FirstOrDefault(q => all.Any(t => t.Symbol.Quote == q));
        if (quote is null) return [];
        return [.. all
            .Where(t => t.Symbol.Quote == quote && t.QuoteVolume24h > 0 && Exclusion(t.Symbol.Base) is null)
            .GroupBy(t => t.Symbol)
            .Select(g => g.First())
            .OrderByDescending(t => t.QuoteVolume24h)
            .ThenBy(t => t.Symbol.ToString(), StringComparer.Ordinal)
            .Take(_s.TopN)
            .Select(t => t.Symbol)];
    }

    /// <summary>Why a base asset is excluded, or null when it may be scanned.</summary>
    public string? Exclusion(string baseAsset)
    {
        ArgumentNullException.ThrowIfNull(baseAsset);
        var b = baseAsset.ToUpperInvariant();
        if ((_s.Stablecoins ?? UniverseSettings.DefaultStablecoins).Contains(b, StringComparer.OrdinalIgnoreCase)) return "stablecoin";
        if (IsLeveraged(b)) return "leveraged token";
        if (_s.PlatformBlacklist?.Contains(b, StringComparer.OrdinalIgnoreCase) == true) return "platform blacklist";
        if (_s.UserBlacklist?.Contains(b, StringComparer.OrdinalIgnoreCase) == true) return "user blacklist";
        return null;
    }

    private static bool IsLeveraged(string b)
    {
        // e.g. BTCUP, ETHDOWN, BNBBULL, XRPBEAR, BTC3L, ETH5S; a bare "UP" or "JUP"-style name is not a leveraged token.
        foreach (var suffix in LeveragedSuffixes)
            if (b.Length > suffix.Length + 1 && b.EndsWith(suffix, StringComparison.Ordinal)) return !IsKnownPlain(b);
        return b.Length >= 3 && char.IsDigit(b[^2]) && b[^1] is 'L' or 'S';
    }

    // Real assets whose names happen to end in a leveraged suffix.
    private static bool IsKnownPlain(string b) => b is "SYRUP" or "JUP" or "SETUP" or "CATUP" or "POPUP";
}
