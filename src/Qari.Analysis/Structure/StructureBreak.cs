namespace Qari.Analysis.Structure;

/// <summary>A BOS or CHoCH event, with the origin of the leg that produced it.</summary>
/// <param name="Kind">BOS or CHoCH.</param>
/// <param name="Direction">Bullish (a close above a swing high) or bearish (a close below a swing low).</param>
/// <param name="Level">The broken swing's price.</param>
/// <param name="SwingTimeMs">Open time of the broken swing's candle.</param>
/// <param name="SwingIndex">Index of the broken swing's candle.</param>
/// <param name="TimeMs">Open time of the candle whose close broke the level.</param>
/// <param name="Index">Index of the breaking candle.</param>
/// <param name="Close">The breaking candle's close.</param>
/// <param name="OriginPrice">Start of the breaking leg: the lowest low (bullish) or highest high (bearish) after the broken swing, up to and including the breaking candle.</param>
/// <param name="OriginTimeMs">Open time of the origin candle.</param>
/// <param name="OriginIndex">Index of the origin candle.</param>
public readonly record struct StructureBreak(
    BreakKind Kind,
    Direction Direction,
    double Level,
    long SwingTimeMs,
    long SwingIndex,
    long TimeMs,
    long Index,
    double Close,
    double OriginPrice,
    long OriginTimeMs,
    long OriginIndex);
