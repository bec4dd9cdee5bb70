using System.Globalization;
using Qari.Backtest.Replay;
using Qari.Model.Market;

namespace Qari.Backtest.LookAhead;

/// <summary>
/// Detects look-ahead bias: the replay is rerun on data cut at several moments T (every candle closing after T
/// removed), and the decisions it made up to T — passing candidates, orders, cancels, fills — must be exactly the
/// decisions the full run made up to T. Anything that differs could only have come from data after T.
/// </summary>
public static class LookAheadCheck
{
    /// <summary>Checks the standard replay with <paramref name="settings"/> against the full run's <paramref name="full"/> decisions.</summary>
    public static LookAheadResult Run(BacktestSettings settings, IReadOnlyList<SymbolData> data, IReadOnlyList<Decision> full, int cuts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // The cuts already run side by side on the workers, so each rerun stays on its own thread (the result is the
        // same for any worker count).
        var rerun = settings with { Workers = 1 };
        return Run(d => new BacktestRunner(rerun, d).Run().Decisions, data, full, cuts, settings.Workers);
    }

    /// <summary>Checks any replay function (tests use a deliberately peeking one).</summary>
    public static LookAheadResult Run(Func<IReadOnlyList<SymbolData>, IReadOnlyList<Decision>> replay, IReadOnlyList<SymbolData> data,
        IReadOnlyList<Decision> full, int cuts, int workers = 1)
    {
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(full);
        var step = Timeframe.M5.Milliseconds();
        var first = data.Min(d => d.Candles5m[0].OpenTimeMs);
        var last = data.Max(d => d.Candles5m[^1].OpenTimeMs + step);
        var points = new List<long>();
        for (var k = 1; k <= cuts; k++)
        {
            // Cuts on 5m boundaries, spread over the period, offset so they do not all fall on round hours.
            var t = first + ((last - first) * k / (cuts + 1));
            t = t - (t % step) + (k % 3 * step);
            if (t > first && t < last) points.Add(t);
        }
        // The cuts are independent reruns: they may run side by side; each result lands in its own slot, in cut order.
        var outcomes = new (long Compared, string? Difference)[points.Count];
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
            k => outcomes[k] = Compare(replay, data, full, points[k], step));
        var differences = outcomes.Where(o => o.Difference is not null).Select(o => o.Difference!).ToList();
        return new LookAheadResult(points, outcomes.Sum(o => o.Compared), differences);
    }

    private static (long Compared, string? Difference) Compare(Func<IReadOnlyList<SymbolData>, IReadOnlyList<Decision>> replay,
        IReadOnlyList<SymbolData> data, IReadOnlyList<Decision> full, long t, long step)
    {
        var cut = data.Select(d => d with { Candles5m = [.. d.Candles5m.Where(c => c.OpenTimeMs + step <= t)] })
            .Where(d => d.Candles5m.Count > 0).ToList();
        var truncated = replay(cut).Where(d => d.TimeMs <= t).ToList();
        var before = full.Where(d => d.TimeMs <= t).ToList();
        var n = Math.Min(truncated.Count, before.Count);
        var i = 0;
        while (i < n && truncated[i] == before[i]) i++;
        if (i == n && truncated.Count == before.Count) return (before.Count, null);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var fullText = i < before.Count ? $"'{before[i].Text}' at {before[i].TimeMs}" : "nothing";
        var cutText = i < truncated.Count ? $"'{truncated[i].Text}' at {truncated[i].TimeMs}" : "nothing";
        return (before.Count, $"cut at {at} UTC: decision #{i} was {fullText} with the full data but {cutText} without the data after the cut");
    }
}
