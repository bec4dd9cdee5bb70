namespace Qari.Analysis.Layers;

/// <summary>What a cycle knows beyond one symbol's own candles; every part is optional.</summary>
/// <param name="Breadth">Breadth over the scanned universe, or null when too few pairs were scanned.</param>
/// <param name="FearGreed">External Fear &amp; Greed reading, or null when no provider is configured.</param>
/// <param name="Btc">BTC context, or null when BTC is not analysed.</param>
/// <param name="Dominance">External BTC dominance, or null when no provider is configured.</param>
public sealed record MarketContext(
    MarketBreadth? Breadth = null,
    FearGreedReading? FearGreed = null,
    BtcContext? Btc = null,
    BtcDominanceReading? Dominance = null)
{
    /// <summary>Nothing known beyond the symbol itself.</summary>
    public static MarketContext Empty { get; } = new();
}
