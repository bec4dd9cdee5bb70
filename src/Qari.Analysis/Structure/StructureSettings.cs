namespace Qari.Analysis.Structure;

/// <summary>Settings of every detector run by <see cref="StructureAnalyzer"/>; each defaults to its own defaults.</summary>
/// <param name="Structure">Swings, trend and breaks.</param>
/// <param name="EqualLevels">Equal highs and lows.</param>
/// <param name="Liquidity">Liquidity pools.</param>
/// <param name="SwingFailures">SFP grading.</param>
/// <param name="OrderBlocks">Order blocks.</param>
/// <param name="FairValueGaps">Fair value gaps.</param>
/// <param name="Liquidation">ELE detection; null to leave it out (it needs candles of one hour or shorter).</param>
public sealed record StructureSettings(
    MarketStructureSettings? Structure = null,
    EqualLevelSettings? EqualLevels = null,
    LiquiditySettings? Liquidity = null,
    SwingFailureSettings? SwingFailures = null,
    OrderBlockSettings? OrderBlocks = null,
    FairValueGapSettings? FairValueGaps = null,
    LiquidationSettings? Liquidation = null)
{
    /// <summary>All defaults, without ELE detection.</summary>
    public static StructureSettings Default { get; } = new();
}
