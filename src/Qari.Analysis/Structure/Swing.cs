namespace Qari.Analysis.Structure;

/// <summary>A confirmed swing point.</summary>
/// <param name="Kind">High or low.</param>
/// <param name="Price">The pivot candle's high (swing high) or low (swing low).</param>
/// <param name="TimeMs">Open time of the pivot candle.</param>
/// <param name="Index">Zero-based index of the pivot candle in the detector's input.</param>
/// <param name="ConfirmedTimeMs">Open time of the candle whose close confirmed the swing (no earlier).</param>
/// <param name="IsFiller">True when the swing was inserted to keep highs and lows alternating (the extreme between two same-kind pivots) rather than being a pivot itself.</param>
public readonly record struct Swing(SwingKind Kind, double Price, long TimeMs, long Index, long ConfirmedTimeMs, bool IsFiller = false);
