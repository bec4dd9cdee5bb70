using Qari.Analysis.Layers;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// Fear &amp; Greed for backtests from the shipped daily file (<c>alternativeme_fear_greed_index_1d.csv</c>).
/// No look-ahead: the row for day D (open time 00:00 UTC D) becomes visible only when D has closed, at 00:00 UTC D+1,
/// and the reading carries that time. A value older than the stale limit (missing days, after the file ends) is not
/// returned, so L5 falls back to breadth as it would live.
/// </summary>
public sealed class FearGreedFileSource : IFearGreedSource
{
    private readonly long[] _visibleFrom;
    private readonly int[] _values;
    private readonly long _staleAfterMs;

    private FearGreedFileSource(long[] visibleFrom, int[] values, long staleAfterMs)
    {
        _visibleFrom = visibleFrom;
        _values = values;
        _staleAfterMs = staleAfterMs;
    }

    /// <summary>The default stale limit: a value may be at most 2 days old (one missing day is tolerated).</summary>
    public static TimeSpan DefaultStaleAfter { get; } = TimeSpan.FromDays(2);

    /// <summary>Number of daily rows loaded.</summary>
    public int Count => _values.Length;

    /// <summary>Loads <paramref name="path"/>; a missing file or bad row is a typed error, a value outside 0..100 too.</summary>
    public static Result<FearGreedFileSource> Load(string path, TimeSpan? staleAfter = null)
    {
        var rows = DailyMacroCsv.Load(path, "fear_greed_index");
        if (!rows.IsSuccess) return rows.Error;
        var visible = new long[rows.Value.Count];
        var values = new int[rows.Value.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var (open, value) = rows.Value[i];
            if (value is < 0 or > 100 || value != Math.Floor(value))
                return Error.Validation("bad-row", $"{path}: day {open} has Fear & Greed {value}, not an integer 0..100");
            visible[i] = open + DailyMacroCsv.DayMs;
            values[i] = (int)value;
        }
        return new FearGreedFileSource(visible, values, (long)(staleAfter ?? DefaultStaleAfter).TotalMilliseconds);
    }

    /// <inheritdoc />
    public FearGreedReading? ReadingAt(long atMs)
    {
        var i = DailyMacroCsv.LastVisible(_visibleFrom, atMs);
        if (i < 0 || atMs - _visibleFrom[i] > _staleAfterMs) return null;
        return new FearGreedReading(_values[i], _visibleFrom[i]);
    }
}
