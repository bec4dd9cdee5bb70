namespace Qari.Analysis.Series;

/// <summary>
/// A closed higher-timeframe candle and how many lower-timeframe inputs it was built from. A candle with fewer
/// inputs than expected is still a closed candle (its period is over) but its OHLCV may differ from the
/// exchange's own candle; consumers that need exact values check <see cref="IsComplete"/>.
/// </summary>
public readonly record struct AggregatedBar(Bar Bar, int ExpectedInputs, int ReceivedInputs)
{
    /// <summary>True when every lower-timeframe candle of the period was received.</summary>
    public bool IsComplete => ReceivedInputs == ExpectedInputs;
}
