namespace Qari.Analysis.Structure;

/// <summary>A Swing Failure Pattern: a wick through a liquidity level that closed back inside.</summary>
/// <param name="Direction">Bullish (swept sell-side liquidity below and closed back above) or bearish.</param>
/// <param name="Level">The swept level.</param>
/// <param name="Source">What formed the level.</param>
/// <param name="TimeMs">Open time of the candle that swept and closed back.</param>
/// <param name="WickDepth">How far the wick went beyond the level, in average ranges.</param>
/// <param name="Reaction">Where the candle closed within its own range, toward the reversal side: 1 = at the far end from the wick.</param>
/// <param name="VolumeRatio">Candle volume over the average volume of the candles before it.</param>
/// <param name="Grade">A, B or C (see docs/analysis-structure.md).</param>
/// <param name="Score">0–1 summary of depth, reaction and volume.</param>
public readonly record struct SwingFailure(
    Direction Direction,
    double Level,
    LiquiditySource Source,
    long TimeMs,
    double WickDepth,
    double Reaction,
    double VolumeRatio,
    Grade Grade,
    double Score);
