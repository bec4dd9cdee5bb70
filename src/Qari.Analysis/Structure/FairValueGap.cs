namespace Qari.Analysis.Structure;

/// <summary>A three-candle imbalance.</summary>
/// <param name="Direction">Bullish (candle 1 high below candle 3 low) or bearish (candle 1 low above candle 3 high).</param>
/// <param name="Top">Gap top (candle 3 low for bullish, candle 1 low for bearish).</param>
/// <param name="Bottom">Gap bottom (candle 1 high for bullish, candle 3 high for bearish).</param>
/// <param name="TimeMs">Open time of the middle (impulse) candle.</param>
/// <param name="ConfirmedTimeMs">Open time of the third candle, whose close completed the gap.</param>
/// <param name="Grade">A, B or C (see docs/analysis-structure.md).</param>
/// <param name="Impulsive">The middle candle was large and mostly body.</param>
/// <param name="WithVolume">The middle candle's volume was a spike.</param>
/// <param name="Aligned">The gap points the same way as the higher-timeframe bias given at the time.</param>
/// <param name="FilledFraction">0–1: how much of the gap later candles have traded back into.</param>
/// <param name="FilledTimeMs">Open time of the candle that filled it completely, or null while unfilled.</param>
public readonly record struct FairValueGap(
    Direction Direction,
    double Top,
    double Bottom,
    long TimeMs,
    long ConfirmedTimeMs,
    Grade Grade,
    bool Impulsive,
    bool WithVolume,
    bool Aligned,
    double FilledFraction,
    long? FilledTimeMs)
{
    /// <summary>True once price traded through the whole gap.</summary>
    public bool IsFilled => FilledTimeMs is not null;
}
