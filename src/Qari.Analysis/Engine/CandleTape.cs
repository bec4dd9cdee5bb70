using Qari.Analysis.Series;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Analysis.Engine;

/// <summary>
/// Replays one symbol's stored candles into a <see cref="SymbolAnalyzer"/> in close-time order: 15m/1h/4h/1d candles
/// that closed before the 5m stream starts warm up their timeframes (lower timeframe first at equal close times, as
/// live aggregation does), then the 5m candles drive everything. <see cref="AdvanceTo"/> feeds exactly the candles
/// closed by a moment — never one that closes later — so the analyser can be read at any closed candle.
/// </summary>
public sealed class CandleTape
{
    private readonly (Timeframe Timeframe, Bar Bar)[] _events;
    private int _next;

    /// <summary>Builds the tape; each list must be in time order (missing timeframes may be empty).</summary>
    public CandleTape(SymbolAnalyzer analyzer, IReadOnlyList<Bar> m5, IReadOnlyList<Bar>? h1 = null, IReadOnlyList<Bar>? h4 = null, IReadOnlyList<Bar>? d1 = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(m5);
        Analyzer = analyzer;
        var start = m5.Count > 0 ? m5[0].OpenTimeMs : long.MaxValue;
        var history = new List<(Timeframe, Bar)>();
        foreach (var (tf, bars) in new[] { (Timeframe.H1, h1), (Timeframe.H4, h4), (Timeframe.D1, d1) })
        {
            if (bars is null) continue;
            foreach (var b in bars)
                if (b.OpenTimeMs + tf.Milliseconds() <= start) history.Add((tf, b));
        }
        _events = [.. history
            .OrderBy(e => e.Item2.OpenTimeMs + e.Item1.Milliseconds())
            .ThenBy(e => (int)e.Item1)
            .Concat(m5.Select(b => (Timeframe.M5, b)))];
    }

    /// <summary>The analyser being fed.</summary>
    public SymbolAnalyzer Analyzer { get; }

    /// <summary>Close time of the last candle on the tape, or <see cref="long.MinValue"/> when empty.</summary>
    public long EndMs => _events.Length == 0 ? long.MinValue : CloseOf(_events[^1]);

    /// <summary>Feeds every candle closed at or before <paramref name="atMs"/> not fed yet; returns how many were fed, or the first refusal (bad order).</summary>
    public Result<int> AdvanceTo(long atMs)
    {
        var fed = 0;
        while (_next < _events.Length && CloseOf(_events[_next]) <= atMs)
        {
            var (tf, bar) = _events[_next++];
            var result = tf == Timeframe.M5 ? Analyzer.Add(bar).Map(_ => true) : Analyzer.AddHistory(tf, bar);
            if (!result.IsSuccess) return result.Error!;
            fed++;
        }
        return fed;
    }

    private static long CloseOf((Timeframe Timeframe, Bar Bar) e) => e.Bar.OpenTimeMs + e.Timeframe.Milliseconds();
}
