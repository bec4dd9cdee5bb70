using Qari.Analysis.Engine;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Layers;

/// <summary>
/// The newest grade A/B swing failure (optionally bullish only) of one timeframe that is still recent, without
/// walking the event list every cycle: the list changes only when a candle of the timeframe closes (its candle count
/// changes), so per count it keeps the index of the newest qualifying event and the oldest time from there to the end.
/// Gives exactly what the backward walk gives (<see cref="Walk"/>): that walk stops at the first event older than the
/// cut-off, so it reaches the newest qualifying event exactly when no event from there on is older than the cut-off.
/// Kept per symbol by the layer's memo and used only by the thread scoring the symbol.
/// </summary>
internal sealed class LatestFailure(bool bullishOnly)
{
    private long _count = -1;
    private int _index = -1;
    private long _oldestFromIndex;

    /// <summary>The time of the event <see cref="Find"/> last returned an index for (when it returned one).</summary>
    public long TimeMs { get; private set; }

    /// <summary>The index in <paramref name="state"/>'s swing failures of the newest qualifying event at or after <paramref name="sinceMs"/> (as <see cref="Walk"/> finds it), or −1.</summary>
    public int Find(TimeframeState state, long sinceMs) =>
        state.Analyzer is { } analyzer ? Find(state.Count, analyzer.SwingFailures.Events, sinceMs) : -1;

    /// <summary>As <see cref="Find(TimeframeState, long)"/> for <paramref name="events"/>, which must be the same list whenever <paramref name="count"/> is.</summary>
    public int Find(long count, IReadOnlyList<SwingFailure> events, long sinceMs)
    {
        if (count != _count)
        {
            _count = count;
            Index(events);
        }
        return _index >= 0 && _oldestFromIndex >= sinceMs ? _index : -1;
    }

    private void Index(IReadOnlyList<SwingFailure> events)
    {
        _index = -1;
        var oldest = long.MaxValue;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            oldest = Math.Min(oldest, e.TimeMs);
            if (!Qualifies(e, bullishOnly)) continue;
            _index = i;
            _oldestFromIndex = oldest;
            TimeMs = e.TimeMs;
            return;
        }
    }

    /// <summary>The reference rule: walk back from the newest event until one is older than <paramref name="sinceMs"/>; the first qualifying one, or −1.</summary>
    public static int Walk(IReadOnlyList<SwingFailure> events, long sinceMs, bool bullishOnly)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.TimeMs < sinceMs) break;
            if (Qualifies(e, bullishOnly)) return i;
        }
        return -1;
    }

    private static bool Qualifies(in SwingFailure e, bool bullishOnly) =>
        e.Grade != Grade.C && (!bullishOnly || e.Direction == Direction.Bullish);
}
