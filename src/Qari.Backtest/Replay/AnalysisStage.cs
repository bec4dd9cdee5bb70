using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Model.Ids;

namespace Qari.Backtest.Replay;

/// <summary>
/// The analysis half of a replay: walks the 5m grid in time order, feeds each symbol's candle to its analyser and
/// runs the cycle, writing what the engine side needs into an <see cref="AnalysedStep"/>. It never reads the engine,
/// the account or the venue (the analysis of a candle depends on candles only), so it may run ahead of the engine
/// on another thread and give the very same steps.
/// </summary>
internal sealed class AnalysisStage(IReadOnlyList<SymbolData> data, SymbolWarmUp analyzers, CycleScorer cycle)
{
    private readonly int[] _index = new int[data.Count];
    private readonly List<KeyValuePair<Symbol, SymbolAnalyzer>> _fresh = new(data.Count);

    /// <summary>Analyses the next 5-minute step into <paramref name="step"/>; false when every candle has been replayed.</summary>
    public bool Next(AnalysedStep step)
    {
        var t = long.MaxValue;
        for (var i = 0; i < data.Count; i++)
            if (_index[i] < data[i].Candles5m.Count) t = Math.Min(t, data[i].Candles5m[_index[i]].OpenTimeMs);
        if (t == long.MaxValue) return false;
        step.Begin(t);
        _fresh.Clear();
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            if (_index[i] >= d.Candles5m.Count || d.Candles5m[_index[i]].OpenTimeMs != t) continue;
            var analyzer = analyzers.Get(i);
            var seen = analyzer.SignalCount;
            var added = analyzer.Add(Bar.From(d.Candles5m[_index[i]++]));
            if (!added.IsSuccess) throw new InvalidOperationException($"{d.Symbol}: {added.Error.Message}");
            // The analysis reports each bullish 15m CHoCH and 15m/1h higher low once, as the candle confirming it closes.
            step.Add(i, analyzer.SignalsSince(seen));
            _fresh.Add(new(d.Symbol, analyzer));
        }
        step.End(cycle.Run(_fresh));
        return true;
    }
}
