namespace Qari.Storage.Candles;

/// <summary>Finds the holes in an ascending run of candle open times.</summary>
public static class CandleGapFinder
{
    /// <summary>Every run of missing candles between consecutive open times that are more than one step apart.</summary>
    public static IReadOnlyList<CandleGap> Find(ReadOnlySpan<long> openTimesMs, long stepMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepMs);
        var gaps = new List<CandleGap>();
        for (var i = 1; i < openTimesMs.Length; i++)
        {
            var delta = openTimesMs[i] - openTimesMs[i - 1];
            if (delta > stepMs)
            {
                var first = openTimesMs[i - 1] + stepMs;
                var last = first + ((delta - 1) / stepMs - 1) * stepMs;
                gaps.Add(new CandleGap(first, last, (last - first) / stepMs + 1));
            }
        }
        return gaps;
    }
}
