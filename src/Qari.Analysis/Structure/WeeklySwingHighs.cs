namespace Qari.Analysis.Structure;

/// <summary>
/// Weekly swing highs built from closed 1d candles: the kept candles are grouped into complete Monday-to-Sunday weeks
/// (the running week is left out until its Sunday candle has closed); a week whose high exceeds the
/// <see cref="Strength"/> weeks before it and is not exceeded by the <see cref="Strength"/> weeks after it is a swing
/// high, listed while no later 1d candle has traded above it. Recomputed on each 1d close (O(kept candles), no
/// allocation after the first).
/// </summary>
public sealed class WeeklySwingHighs
{
    /// <summary>Weeks on each side a weekly high must stand above.</summary>
    public const int Strength = 2;

    private const long DayMs = 86_400_000L;
    private const long WeekMs = 7 * DayMs;

    // 1970-01-01 was a Thursday: weeks (Monday 00:00 UTC) start 4 days after the epoch.
    private const long MondayOffsetMs = 4 * DayMs;

    private readonly List<(long StartMs, double High, long LastIndex)> _weeks = [];
    private readonly List<WeeklyHigh> _highs = [];

    /// <summary>The unswept weekly swing highs as of the last update, oldest first.</summary>
    public IReadOnlyList<WeeklyHigh> Highs => _highs;

    /// <summary>Recomputes from the kept 1d candles (call after each 1d close).</summary>
    public void Update(BarHistory daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        _weeks.Clear();
        _highs.Clear();
        if (daily.Count == 0) return;
        for (var i = daily.OldestIndex; i < daily.Count; i++)
        {
            var b = daily[i];
            var start = WeekStart(b.OpenTimeMs);
            if (_weeks.Count > 0 && _weeks[^1].StartMs == start) _weeks[^1] = (start, Math.Max(_weeks[^1].High, b.High), i);
            else _weeks.Add((start, b.High, i));
        }
        if (daily[daily.Count - 1].OpenTimeMs - _weeks[^1].StartMs < 6 * DayMs) _weeks.RemoveAt(_weeks.Count - 1);
        for (var w = Strength; w < _weeks.Count - Strength; w++)
        {
            var high = _weeks[w].High;
            var pivot = true;
            for (var k = 1; k <= Strength && pivot; k++)
                pivot = high > _weeks[w - k].High && high >= _weeks[w + k].High;
            if (pivot && !TradedAbove(daily, _weeks[w].LastIndex + 1, high)) _highs.Add(new WeeklyHigh(high, _weeks[w].StartMs));
        }
    }

    /// <summary>Monday 00:00 UTC of the week containing <paramref name="timeMs"/>.</summary>
    public static long WeekStart(long timeMs) => (Math.DivRem(timeMs - MondayOffsetMs, WeekMs, out _) * WeekMs) + MondayOffsetMs;

    private static bool TradedAbove(BarHistory bars, long from, double level)
    {
        for (var i = from; i < bars.Count; i++) if (bars[i].High > level) return true;
        return false;
    }
}
