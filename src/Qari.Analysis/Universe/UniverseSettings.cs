namespace Qari.Analysis.Universe;

/// <summary>Universe selection settings (SPEC §4).</summary>
/// <param name="TopN">Pairs kept, by 24h quote volume (default 140).</param>
/// <param name="QuotePreference">Quote assets in order of preference; the first one the exchange lists pairs in is used (USDT, then USD, then USDC).</param>
/// <param name="Stablecoins">Base assets that are stablecoins or fiat-pegged and never traded.</param>
/// <param name="PlatformBlacklist">Base assets the platform refuses.</param>
/// <param name="UserBlacklist">Base assets the user refuses.</param>
public sealed record UniverseSettings(
    int TopN = 140,
    IReadOnlyList<string>? QuotePreference = null,
    IReadOnlyCollection<string>? Stablecoins = null,
    IReadOnlyCollection<string>? PlatformBlacklist = null,
    IReadOnlyCollection<string>? UserBlacklist = null)
{
    /// <summary>Default stablecoins and pegged assets.</summary>
    public static IReadOnlyList<string> DefaultStablecoins { get; } =
    [
        "USDT", "USDC", "BUSD", "TUSD", "USDP", "PAX", "DAI", "FDUSD", "PYUSD", "USDD", "GUSD", "SUSD", "LUSD", "FRAX",
        "USDE", "USDS", "USD1", "RLUSD", "EURC", "EURT", "EURI", "AEUR", "EUR", "GBP", "TRY", "BRL", "UST", "USTC", "USDJ",
        "XUSD", "USDK", "USDX", "CUSD", "PAXG", "XAUT",
    ];

    /// <summary>The defaults.</summary>
    public static UniverseSettings Default { get; } = new();
}
