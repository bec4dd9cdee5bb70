using Qari.Model.Market;

namespace Qari.Storage.Candles;

/// <summary>
/// Verifies a stored series end to end: the file decodes with matching checksums, open times are strictly ascending
/// (no duplicates) and aligned, every candle passes the OHLC sanity check, and the recorded gaps are the real ones.
/// </summary>
public static class StoredSeriesCheck
{
    /// <summary>The loaded metadata (null when the file cannot be read) and every problem found (at most <paramref name="maxProblems"/>).</summary>
    public static (CandleSeriesInfo? Info, IReadOnlyList<string> Problems) Verify(string path, int maxProblems = 20)
    {
        var loaded = CandleStore.LoadFile(path);
        if (!loaded.IsSuccess) return (null, [loaded.Error.Message]);
        var series = loaded.Value;
        var info = series.Info;
        var tf = info.Key.Timeframe;
        var problems = new List<string>();
        var times = series.OpenTimesMs;
        for (var i = 0; i < series.Count && problems.Count < maxProblems; i++)
        {
            var at = $"{path}: candle {i + 1} ({DateTimeOffset.FromUnixTimeMilliseconds(times[i]):yyyy-MM-dd HH:mm} UTC)";
            if (i > 0 && times[i] == times[i - 1]) problems.Add($"{at}: duplicate open time");
            else if (i > 0 && times[i] < times[i - 1]) problems.Add($"{at}: open times go backwards");
            if (tf.FloorMs(times[i]) != times[i]) problems.Add($"{at}: open time not aligned to {tf.Name()}");
            if (series[i].Problem() is { } problem) problems.Add($"{at}: {problem}");
        }
        var gaps = CandleGapFinder.Find(times, tf.Milliseconds());
        if (!gaps.SequenceEqual(info.Gaps)) problems.Add($"{path}: the recorded gaps ({info.Gaps.Count}) differ from the real ones ({gaps.Count})");
        return (info, problems);
    }
}
