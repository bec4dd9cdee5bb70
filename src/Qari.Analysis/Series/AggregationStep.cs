namespace Qari.Analysis.Series;

/// <summary>
/// What one input candle produced: at most two closed higher-timeframe candles and at most one gap. Two candles
/// close at once only across a gap: the earlier, left incomplete by the gap (<see cref="ClosedBeforeGap"/>), and
/// the newest (<see cref="Closed"/>). Process them in that order.
/// </summary>
public readonly record struct AggregationStep(AggregatedBar? ClosedBeforeGap, AggregatedBar? Closed, InputGap? Gap)
{
    /// <summary>True when at least one higher-timeframe candle closed.</summary>
    public bool HasClosed => ClosedBeforeGap.HasValue || Closed.HasValue;
}
