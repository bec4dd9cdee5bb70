using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Model.Ids;

namespace Qari.Backtest.Replay;

/// <summary>
/// One analysis cycle of a replay: the same as <see cref="AnalysisCycle.Run(IReadOnlyList{KeyValuePair{Symbol, SymbolAnalyzer}}, Func{Symbol, Model.Market.OrderBook?}?, double)"/>,
/// with the symbols' verdicts computed on worker threads when the cycle is large enough, or shared with the engine
/// side's thread while it waits (<see cref="Shared"/>). Every symbol's candidate lands in its own slot before the one
/// deterministic ranking, so the result does not depend on the threads.
/// </summary>
internal sealed class CycleScorer(AnalysisCycle cycle, ParallelOptions parallel, int minParallelSymbols, bool share = false)
{
    private Candidate[] _scored = [];

    /// <summary>The cycle in progress, which another thread may help score (null unless sharing was asked for).</summary>
    public SharedCycle? Shared { get; } = share ? new SharedCycle((s, a, c) => cycle.Evaluate(s, a, c)) : null;

    /// <summary>The ranked candidates of the symbols that just got a candle.</summary>
    public IReadOnlyList<Candidate> Run(List<KeyValuePair<Symbol, SymbolAnalyzer>> fresh)
    {
        var atMs = long.MinValue;
        foreach (var (_, a) in fresh) atMs = Math.Max(atMs, a.TimeMs);
        var context = cycle.Context(fresh, atMs);
        if (_scored.Length != fresh.Count) _scored = new Candidate[fresh.Count];
        var scored = _scored;
        // Handing a cycle to the workers costs about as much as scoring a few symbols: small cycles stay on this thread.
        if (parallel.MaxDegreeOfParallelism > 1 && fresh.Count >= minParallelSymbols)
            Parallel.For(0, fresh.Count, parallel, k => scored[k] = cycle.Evaluate(fresh[k].Key, fresh[k].Value, context));
        else if (Shared is not null && SharedCycle.CanShare(fresh.Count))
            Shared.Score(fresh, context, scored);
        else
            for (var k = 0; k < fresh.Count; k++) scored[k] = cycle.Evaluate(fresh[k].Key, fresh[k].Value, context);
        return ConfluenceScorer.Rank(scored);
    }

    /// <summary>
    /// Scores only the symbols of <paramref name="fresh"/> whose <paramref name="owned"/> entry is set, on this thread,
    /// into the same index of <paramref name="into"/>, in the context of every fresh symbol; unranked (see <see cref="AnalysisLanes"/>).
    /// </summary>
    public void ScoreOwned(List<KeyValuePair<Symbol, SymbolAnalyzer>> fresh, List<bool> owned, Candidate?[] into)
    {
        var atMs = long.MinValue;
        foreach (var (_, a) in fresh) atMs = Math.Max(atMs, a.TimeMs);
        var context = cycle.Context(fresh, atMs);
        for (var k = 0; k < fresh.Count; k++)
            if (owned[k]) into[k] = cycle.Evaluate(fresh[k].Key, fresh[k].Value, context);
    }
}
