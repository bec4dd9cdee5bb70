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
        var context = Context(fresh);
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
    /// Scores, on this thread and in the context of every fresh symbol, only the symbols of <paramref name="fresh"/>
    /// (in <paramref name="step"/>'s order) whose data slot is marked in <paramref name="scores"/>, each into its index
    /// of <see cref="AnalysedStep.Scored"/>; unranked (see <see cref="AnalysisLanes"/>).
    /// </summary>
    public void ScoreOwned(List<KeyValuePair<Symbol, SymbolAnalyzer>> fresh, bool[] scores, AnalysedStep step)
    {
        var context = Context(fresh);
        for (var k = 0; k < fresh.Count; k++)
            if (scores[step.Slot(k)]) step.Scored[k] = cycle.Evaluate(fresh[k].Key, fresh[k].Value, context);
    }

    // The cycle-wide context at the newest close among the fresh symbols.
    private Qari.Analysis.Layers.MarketContext Context(List<KeyValuePair<Symbol, SymbolAnalyzer>> fresh)
    {
        var atMs = long.MinValue;
        foreach (var (_, a) in fresh) atMs = Math.Max(atMs, a.TimeMs);
        return cycle.Context(fresh, atMs);
    }
}
