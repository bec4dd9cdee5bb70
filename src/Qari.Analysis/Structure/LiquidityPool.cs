namespace Qari.Analysis.Structure;

/// <summary>A price where resting orders are expected.</summary>
/// <param name="Side">Buy-side (above price) or sell-side (below price).</param>
/// <param name="Source">Swing, equal level or round number.</param>
/// <param name="Price">The level.</param>
/// <param name="TimeMs">Open time of the (latest) swing that formed it; for round numbers, of the candle it was derived from.</param>
/// <param name="Touches">Swings that formed it (1 for a swing, 2+ for an equal level, 0 for a round number).</param>
/// <param name="Prominence">0–1: how far the swing stands out from its neighbourhood, in average ranges (0.5 for round numbers).</param>
/// <param name="Clarity">0–1: how clearly defined the level is (see docs/analysis-structure.md).</param>
public readonly record struct LiquidityPool(
    LiquiditySide Side,
    LiquiditySource Source,
    double Price,
    long TimeMs,
    int Touches,
    double Prominence,
    double Clarity);
