namespace Qari.Analysis.Structure;

/// <summary>
/// Weekly swing highs built from closed 1d candles: the kept candles are grouped into complete Monday-to-Sunday weeks
/// (the running week is left out until its Sunday candle has closed); a week whose high exceeds the
/// <see cref="Strength"/> weeks before it and is not exceeded by the <see cref="Strength"/> weeks after it is a swing
/// high, listed while no later 1d candle has traded above it. Recomputed on each 1d close; the weeks are kept between
/// calls and only the candles added or dropped since the last call are regrouped (O(weeks) per call, no allocation
/// after the first).
/// </summary>
public sealed class WeeklySwingHighs
{
    /// <summary>Weeks on each side a weekly high must stand above.</summary>
    public const int Strength = 2;

    private const long DayMs = 86_400_000L;
    private const long WeekMs = 7 * DayMs;

    // 1970-01-01 was a Thursday: weeks (Monday 00:00 UTC) start 4 days after the epoch.
    private const long MondayOffsetMs = 4 * DayMs;

    // Every group of consecutive kept candles with the same week start, the running week included.
    private readonly List<Week> _weeks = [];
    private readonly List<WeeklyHigh> _highs = [];
    private BarHistory? _source;
    private long _generation;
    private long _oldest;
    private long _count;

    /// <summary>The unswept weekly swing highs as of the last update, oldest first.</summary>
    public IReadOnlyList<WeeklyHigh> Highs => _highs;

    /// <summary>Recomputes from the kept 1d candles (call after each 1d close).</summary>
    public void Update(BarHistory daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        _highs.Clear();
        if (!ReferenceEquals(daily, _source) || daily.Generation != _generation || daily.Count < _count
            || daily.OldestIndex < _oldest || daily.OldestIndex > _count)
        {
            // Another history, or this one was cleared: group every kept candle again.
            _weeks.Clear();
            _source = daily;
            _generation = daily.Generation;
            _oldest = _count = daily.OldestIndex;
        }
        Drop(daily);
        for (var i = _count; i < daily.Count; i++) Append(daily.At(i), i);
        _count = daily.Count;
        if (daily.Count == 0) return;

        var complete = _weeks.Count;
        if (daily.At(daily.Count - 1).OpenTimeMs - _weeks[^1].StartMs < 6 * DayMs) complete--;
        // Backwards, so the highest high of all later candles (running week included) is at hand for each week:
        // a later candle traded above a level exactly when that maximum (NaN highs never count) is above it.
        var after = double.NegativeInfinity;
        for (var w = _weeks.Count - 1; w >= Strength; w--)
        {
            var week = _weeks[w];
            if (w < complete - Strength)
            {
                var high = week.High;
                var pivot = true;
                for (var k = 1; k <= Strength && pivot; k++)
                    pivot = high > _weeks[w - k].High && high >= _weeks[w + k].High;
                if (pivot && !(after > high)) _highs.Add(new WeeklyHigh(high, week.StartMs));
            }
            if (week.MaxHigh > after) after = week.MaxHigh;
        }
        _highs.Reverse();
    }

    /// <summary>Monday 00:00 UTC of the week containing <paramref name="timeMs"/>.</summary>
    public static long WeekStart(long timeMs) => (Math.DivRem(timeMs - MondayOffsetMs, WeekMs, out _) * WeekMs) + MondayOffsetMs;

    // Candles that left the history: whole weeks go; a week that lost its first days is regrouped from what is left,
    // folded in the same order as a fresh grouping would (the same bits).
    private void Drop(BarHistory daily)
    {
        var oldest = daily.OldestIndex;
        if (oldest == _oldest) return;
        _oldest = oldest;
        var gone = 0;
        while (gone < _weeks.Count && _weeks[gone].LastIndex < oldest) gone++;
        if (gone > 0) _weeks.RemoveRange(0, gone);
        if (_weeks.Count == 0 || _weeks[0].FirstIndex >= oldest) return;
        var first = _weeks[0];
        ref readonly var b = ref daily.At(oldest);
        var week = new Week(first.StartMs, b.High, MaxOf(double.NegativeInfinity, b.High), oldest, oldest);
        for (var i = oldest + 1; i <= first.LastIndex; i++) week = week.With(daily.At(i), i);
        _weeks[0] = week;
    }

    private void Append(in Series.Bar b, long index)
    {
        var start = WeekStart(b.OpenTimeMs);
        if (_weeks.Count > 0 && _weeks[^1].StartMs == start) _weeks[^1] = _weeks[^1].With(b, index);
        else _weeks.Add(new Week(start, b.High, MaxOf(double.NegativeInfinity, b.High), index, index));
    }

    private static double MaxOf(double max, double high) => high > max ? high : max;

    // High: Math.Max folded from the week's first kept candle (what the swing rule compares, NaN included).
    // MaxHigh: the highest non-NaN high (what "traded above" tests).
    private readonly record struct Week(long StartMs, double High, double MaxHigh, long FirstIndex, long LastIndex)
    {
        public Week With(in Series.Bar b, long index) => this with { High = Math.Max(High, b.High), MaxHigh = MaxOf(MaxHigh, b.High), LastIndex = index };
    }
}
