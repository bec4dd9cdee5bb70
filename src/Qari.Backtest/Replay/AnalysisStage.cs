using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Backtest.Replay;

/// <summary>
/// The analysis half of a replay: walks the 5m grid in time order, feeds each symbol's candle to its analyser and
/// runs the cycle, writing what the engine side needs into an <see cref="AnalysedStep"/>. It never reads the engine,
/// the account or the venue (the analysis of a candle depends on candles only), so it may run ahead of the engine
/// on another thread and give the very same steps.
/// </summary>
/// <remarks>
/// As one of several <see cref="AnalysisLanes"/> (a <c>scores</c> mask by data slot) the stage still feeds every symbol
/// (the cycle's context reads them all) but scores only its own symbols: it counts the failing ones' reasons in its
/// own <see cref="Failures"/> and hands on only the passing candidates (<see cref="AnalysedStep.Scored"/>), so that
/// few objects wait in the ring for the engine side.
/// </remarks>
internal sealed class AnalysisStage
{
    private readonly IReadOnlyList<SymbolData> _data;
    private readonly SymbolWarmUp _analyzers;
    private readonly CycleScorer _cycle;
    private readonly int[] _index;
    // Each symbol's next 5m open time (long.MaxValue once replayed), and its candles when they are an array: the
    // per-step search for the earliest time then reads a long per symbol instead of a candle copied out of a list.
    private readonly long[] _nextMs;
    private readonly Candle[]?[] _arrays;
    private readonly List<KeyValuePair<Symbol, SymbolAnalyzer>> _fresh;
    private readonly bool[]? _scores;

    /// <summary>
    /// The stage over <paramref name="data"/>, its analysers and the cycle that scores each step; with
    /// <paramref name="scores"/> (by data slot) a lane that scores only the marked symbols.
    /// </summary>
    public AnalysisStage(IReadOnlyList<SymbolData> data, SymbolWarmUp analyzers, CycleScorer cycle, bool[]? scores = null)
    {
        _scores = scores;
        _data = data;
        _analyzers = analyzers;
        _cycle = cycle;
        _index = new int[data.Count];
        _nextMs = new long[data.Count];
        _arrays = new Candle[]?[data.Count];
        _fresh = new(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            _arrays[i] = data[i].Candles5m as Candle[];
            _nextMs[i] = OpenTimeAt(i, 0);
        }
    }

    /// <summary>Analyses the next 5-minute step into <paramref name="step"/>; false when every candle has been replayed.</summary>
    public bool Next(AnalysedStep step)
    {
        var t = long.MaxValue;
        for (var i = 0; i < _nextMs.Length; i++) t = Math.Min(t, _nextMs[i]);
        if (t == long.MaxValue) return false;
        step.Begin(t);
        _fresh.Clear();
        for (var i = 0; i < _nextMs.Length; i++)
        {
            if (_nextMs[i] != t) continue;
            var d = _data[i];
            var analyzer = _analyzers.Get(i);
            var k = _index[i]++;
            var bar = _arrays[i] is { } candles ? Bar.From(in candles[k]) : Bar.From(d.Candles5m[k]);
            _nextMs[i] = OpenTimeAt(i, k + 1);
            var seen = analyzer.SignalCount;
            var added = analyzer.Add(bar);
            if (!added.IsSuccess) throw new InvalidOperationException($"{d.Symbol}: {added.Error.Message}");
            // The analysis reports each bullish 15m CHoCH and 15m/1h higher low once, as the candle confirming it closes.
            step.Add(i, analyzer.SignalsSince(seen));
            _fresh.Add(new(d.Symbol, analyzer));
        }
        if (_scores is null)
        {
            step.End(_cycle.Run(_fresh));
            return true;
        }
        _cycle.ScoreOwned(_fresh, _scores, step);
        var scored = step.Scored;
        for (var k = 0; k < _fresh.Count; k++)
        {
            if (scored[k] is not { Passed: false } failed) continue;
            var failures = failed.Failures;
            for (var f = 0; f < failures.Count; f++) Failures.Add(failures[f]);
            scored[k] = null;
        }
        return true;
    }

    /// <summary>As a lane: the reasons of the failing candidates of the symbols it scores (read once it has stopped).</summary>
    public FailureTally Failures { get; } = new();

    private long OpenTimeAt(int slot, int k)
    {
        var candles = _data[slot].Candles5m;
        if (k >= candles.Count) return long.MaxValue;
        return _arrays[slot] is { } array ? array[k].OpenTimeMs : candles[k].OpenTimeMs;
    }
}
