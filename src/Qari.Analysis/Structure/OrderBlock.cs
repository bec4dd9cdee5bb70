namespace Qari.Analysis.Structure;

/// <summary>An order block: the last opposing candle before an impulse that broke structure.</summary>
/// <param name="Direction">Bullish (a down candle before an up-break: support) or bearish.</param>
/// <param name="Top">Zone top: the candle's high.</param>
/// <param name="Bottom">Zone bottom: the candle's low.</param>
/// <param name="TimeMs">Open time of the order-block candle.</param>
/// <param name="Index">Index of the order-block candle.</param>
/// <param name="BreakTimeMs">Open time of the candle whose close broke structure and created the block.</param>
/// <param name="BreakKind">BOS or CHoCH that confirmed it.</param>
/// <param name="State">Lifecycle state.</param>
/// <param name="StateTimeMs">Open time of the candle that moved it into its current state.</param>
/// <param name="Quality">0–100, fixed at creation: displacement, break kind, imbalance left, volume, compactness.</param>
/// <param name="Realism">0–1, refreshed every candle: how plausibly price returns to it and it holds.</param>
public readonly record struct OrderBlock(
    Direction Direction,
    double Top,
    double Bottom,
    long TimeMs,
    long Index,
    long BreakTimeMs,
    BreakKind BreakKind,
    OrderBlockState State,
    long StateTimeMs,
    double Quality,
    double Realism);
