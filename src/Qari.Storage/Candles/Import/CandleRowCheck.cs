using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>Checks the rows of one parsed file in file order: duplicates, rows out of order, misaligned open times, and the gaps.</summary>
public static class CandleRowCheck
{
    /// <summary>Problems with file and line (at most <paramref name="maxIssues"/>), the number of duplicate rows, and the gaps (null without a timeframe).</summary>
    public static (IReadOnlyList<ImportIssue> Issues, int Duplicates, IReadOnlyList<CandleGap>? Gaps) Check(ParsedCandleFile file, Timeframe? timeframe, int maxIssues = 20)
    {
        var issues = new List<ImportIssue>();
        var duplicates = 0;
        var candles = file.Candles;
        var firstLineOf = new Dictionary<long, int>();
        for (var i = 0; i < candles.Count; i++)
        {
            var t = candles[i].OpenTimeMs;
            if (firstLineOf.TryGetValue(t, out var firstLine))
            {
                duplicates++;
                Add(issues, maxIssues, new ImportIssue(file.Name, file.Lines[i], $"duplicate candle for {candles[i].OpenTime:yyyy-MM-dd HH:mm} UTC (first at line {firstLine})"));
                continue;
            }
            firstLineOf[t] = file.Lines[i];
            if (i > 0 && t < candles[i - 1].OpenTimeMs)
                Add(issues, maxIssues, new ImportIssue(file.Name, file.Lines[i], $"open time {candles[i].OpenTime:yyyy-MM-dd HH:mm} UTC is before the previous row's"));
            if (timeframe is { } tf && tf.FloorMs(t) != t)
                Add(issues, maxIssues, new ImportIssue(file.Name, file.Lines[i], $"open time {candles[i].OpenTime:yyyy-MM-dd HH:mm:ss} UTC is not aligned to {tf.Name()}"));
        }
        if (timeframe is null) return (issues, duplicates, null);
        var times = firstLineOf.Keys.Order().ToArray();
        return (issues, duplicates, CandleGapFinder.Find(times, timeframe.Value.Milliseconds()));
    }

    private static void Add(List<ImportIssue> issues, int max, ImportIssue issue)
    {
        if (issues.Count < max) issues.Add(issue);
    }
}
