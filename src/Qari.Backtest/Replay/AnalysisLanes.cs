using Qari.Analysis.Confluence;

namespace Qari.Backtest.Replay;

/// <summary>
/// The analysis split over several threads ("lanes") with no hand-off between them. Every lane feeds every symbol's
/// candles — full analysers for the symbols it scores, <see cref="Qari.Analysis.Engine.SymbolAnalyzer.ContextOnly"/>
/// ones for the others, since the cycle's context (breadth, BTC) reads all symbols — and scores only its share, each
/// lane up to <see cref="StepPipeline.Capacity"/> steps ahead of the engine side on its own thread. A lane counts its
/// failing candidates' reasons itself and hands on only the passing ones. The engine side takes step <c>s</c> from
/// every lane, takes each symbol's signals and candidate from the lane that scores it, and ranks the passing
/// candidates once.
/// </summary>
/// <remarks>
/// The repeated feeding of the other lanes' symbols buys lanes that never wait for each other: splitting each step
/// between threads instead (a hand-off or a barrier per 5-minute step) cost as much as it saved on two cores. Handing
/// on only the passing candidates keeps the ring nearly free of objects: with every candidate waiting there for the
/// engine, they outlived the young generation and the garbage collector's pauses tripled. The analysis of a candle
/// depends on candles only, so each lane's analysers are in the very state a single thread's would be, and the run is
/// the same.
/// </remarks>
internal sealed class AnalysisLanes : IStepSource
{
    private readonly SymbolWarmUp[] _analyzers;
    private readonly StepPipeline[] _lanes;
    private readonly AnalysedStep[] _current;
    private readonly int[] _laneOf;
    private readonly AnalysisStage[] _stages;
    private readonly List<Candidate> _passing = [];
    private readonly AnalysedStep _step;

    /// <summary>
    /// <paramref name="lanes"/> lanes (at least 2) over <paramref name="data"/>, each scoring with a cycle from
    /// <paramref name="newCycle"/>; the lanes start at once.
    /// </summary>
    public AnalysisLanes(IReadOnlyList<SymbolData> data, int lanes, Func<CycleScorer> newCycle, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 2);
        _laneOf = Share(data, lanes);
        _step = new AnalysedStep(data.Count);
        _analyzers = new SymbolWarmUp[lanes];
        _lanes = new StepPipeline[lanes];
        _stages = new AnalysisStage[lanes];
        _current = new AnalysedStep[lanes];
        try
        {
            for (var l = 0; l < lanes; l++)
            {
                var lane = l;
                var scores = _laneOf.Select(x => x == lane).ToArray();
                _analyzers[l] = new SymbolWarmUp(data, full: scores);
                _stages[l] = new AnalysisStage(data, _analyzers[l], newCycle(), scores);
                _lanes[l] = new StepPipeline(_stages[l].Next, data.Count, pipelined: true, cancel);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Which lane scores each data slot: the symbols with the most candles first, each to the lane with the fewest
    /// candles so far (the work of a lane is about its candles), so that the lanes finish together.
    /// </summary>
    internal static int[] Share(IReadOnlyList<SymbolData> data, int lanes)
    {
        var laneOf = new int[data.Count];
        var load = new long[lanes];
        foreach (var i in Enumerable.Range(0, data.Count).OrderByDescending(i => data[i].Candles5m.Count).ThenBy(i => i))
        {
            var lightest = 0;
            for (var l = 1; l < lanes; l++) if (load[l] < load[lightest]) lightest = l;
            laneOf[i] = lightest;
            load[lightest] += data[i].Candles5m.Count;
        }
        return laneOf;
    }

    /// <summary>
    /// The next step with every symbol's candidate ranked, or null after the last; call <see cref="Release"/> when
    /// done with it. A lane's failure (or cancellation) is thrown here.
    /// </summary>
    public AnalysedStep? Next()
    {
        for (var l = 0; l < _lanes.Length; l++)
        {
            var step = _lanes[l].Next();
            if (step is null)
            {
                if (l == 0) return null;
                throw new InvalidOperationException($"analysis lane {l} ended before lane 0 (a bug: every lane walks the same steps)");
            }
            _current[l] = step;
        }
        var first = _current[0];
        for (var l = 1; l < _current.Length; l++)
        {
            if (_current[l].OpenTimeMs != first.OpenTimeMs || _current[l].Count != first.Count)
                throw new InvalidOperationException($"analysis lane {l} is at step {_current[l].OpenTimeMs} with {_current[l].Count} symbols, lane 0 at {first.OpenTimeMs} with {first.Count} (a bug)");
        }
        // Each symbol's structure signals come from the lane that keeps its full analyser, and so does its candidate
        // when it passed. The failing ones were counted by their lanes; ranking only the passing ones keeps their order,
        // as the ranking is a stable sort.
        _step.Begin(first.OpenTimeMs);
        _passing.Clear();
        for (var k = 0; k < first.Count; k++)
        {
            var owner = _current[_laneOf[first.Slot(k)]];
            if (owner.Scored[k] is { } passed) _passing.Add(passed);
            _step.Add(first.Slot(k), owner.Signals(k));
        }
        _step.End(_passing.Count == 0 ? [] : ConfluenceScorer.Rank(_passing));
        return _step;
    }

    /// <summary>Gives the steps read last back to their lanes.</summary>
    public void Release()
    {
        foreach (var lane in _lanes) lane.Release();
    }

    /// <summary>Adds the lanes' counts of failure reasons to <paramref name="tally"/>; only after <see cref="Dispose"/>.</summary>
    public void AddFailuresTo(FailureTally tally)
    {
        foreach (var stage in _stages) tally.AddAll(stage.Failures);
    }

    /// <summary>Stops every lane and waits for it.</summary>
    public void Dispose()
    {
        foreach (var lane in _lanes) lane?.Dispose();
        foreach (var analyzers in _analyzers) analyzers?.Dispose();
    }
}
