using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Backtest.Replay;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Backtest.Tests.Replay;

public sealed class CycleScorerTests
{
    /// <summary>
    /// The replay's cycles reuse layer verdicts and plan level sets between candle closes; over the golden demo slice
    /// (6 symbols, its first 8 days, to keep the suite quick) every cycle's ranked candidates must equal those of every layer evaluated afresh on a
    /// second set of analysers fed the same candles: verdicts (sentences included), score, failures and plan.
    /// </summary>
    [Fact]
    public void Run_GoldenSlice_EveryCycleEqualsAFreshEvaluation()
    {
        var settings = GoldenRun.Settings with { ToMs = GoldenRun.FromMs + (8L * 86_400_000L) };
        var data = GoldenRun.Load(settings).OrderBy(d => d.Symbol.ToString(), StringComparer.Ordinal).ToArray();
        var memoised = Analyzers(data);
        var fresh = Analyzers(data);
        var scorer = new CycleScorer(new AnalysisCycle(scorer: new ConfluenceScorer(settings.Confluence)), new ParallelOptions { MaxDegreeOfParallelism = 1 }, 8);
        var layers = new LayerSet();
        var confluence = new ConfluenceScorer(settings.Confluence);
        var index = new int[data.Length];
        int cycles = 0, passed = 0;
        while (true)
        {
            var t = long.MaxValue;
            for (var i = 0; i < data.Length; i++)
                if (index[i] < data[i].Candles5m.Count) t = Math.Min(t, data[i].Candles5m[index[i]].OpenTimeMs);
            if (t == long.MaxValue) break;
            var memoCycle = new List<KeyValuePair<Symbol, SymbolAnalyzer>>();
            var freshCycle = new List<KeyValuePair<Symbol, SymbolAnalyzer>>();
            for (var i = 0; i < data.Length; i++)
            {
                if (index[i] >= data[i].Candles5m.Count || data[i].Candles5m[index[i]].OpenTimeMs != t) continue;
                var bar = Bar.From(data[i].Candles5m[index[i]++]);
                Assert.True(memoised[i].Add(bar).IsSuccess);
                Assert.True(fresh[i].Add(bar).IsSuccess);
                memoCycle.Add(new(data[i].Symbol, memoised[i]));
                freshCycle.Add(new(data[i].Symbol, fresh[i]));
            }
            var actual = scorer.Run(memoCycle);
            var expected = FreshCycle(freshCycle, layers, confluence);
            Assert.Equal(expected.Count, actual.Count);
            for (var k = 0; k < expected.Count; k++)
            {
                Candidate e = expected[k], a = actual[k];
                Assert.Equal(e.Symbol, a.Symbol);
                Assert.Equal(e.Verdicts, a.Verdicts);
                Assert.Equal(e.Score, a.Score);
                Assert.Equal(e.Passed, a.Passed);
                Assert.Equal(e.Failures, a.Failures);
                Assert.Equal(e.Plan, a.Plan);
                Assert.Equal(e.BullishLayers, a.BullishLayers);
                if (a.Passed) passed++;
            }
            cycles++;
        }
        Assert.True(cycles > 2_000 && passed > 0, $"{cycles} cycles, {passed} passing candidates");
    }

    private static SymbolAnalyzer[] Analyzers(SymbolData[] data) =>
    [
        .. data.Select(d =>
        {
            var analyzer = new SymbolAnalyzer();
            foreach (var (tf, bar) in d.WarmUp) Assert.True(analyzer.AddHistory(tf, bar).IsSuccess);
            return analyzer;
        }),
    ];

    // What the cycle computes, with every layer's plain Evaluate (no memo) and the public scoring path.
    private static IReadOnlyList<Candidate> FreshCycle(List<KeyValuePair<Symbol, SymbolAnalyzer>> symbols, LayerSet layers, ConfluenceScorer scorer)
    {
        var atMs = symbols.Max(s => s.Value.TimeMs);
        var context = new AnalysisCycle().Context(symbols, atMs);
        var candidates = new List<Candidate>();
        foreach (var (symbol, a) in symbols)
        {
            var input = new LayerInput(symbol, a, context);
            LayerVerdict[] verdicts = [.. layers.Layers.Select(l => l.Evaluate(input))];
            candidates.Add(scorer.Score(symbol, a.TimeMs, a.Price, verdicts, a.Liquidation.IsFlagged, scorer.Settings.EffectiveWeights));
        }
        return ConfluenceScorer.Rank(candidates);
    }
}
