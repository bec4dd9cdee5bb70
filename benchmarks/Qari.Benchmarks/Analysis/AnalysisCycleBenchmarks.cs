using BenchmarkDotNet.Attributes;
using Qari.Analysis.Engine;
using Qari.Model.Ids;

namespace Qari.Benchmarks.Analysis;

/// <summary>
/// One scan cycle over 140 symbols: breadth, BTC context, 11 verdicts per symbol, confluence, trade plans,
/// explanations and ranking. The 140 analysers are warmed in setup with the real demo candles (1h/4h/1d history,
/// then the 5m stream; the six demo symbols repeated), so every layer that can vote does.
/// </summary>
[MemoryDiagnoser]
public class AnalysisCycleBenchmarks
{
    private List<KeyValuePair<Symbol, SymbolAnalyzer>> _symbols = [];
    private AnalysisCycle _cycle = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = DemoCandles.Bases.ToDictionary(b => b, b => (M5: DemoCandles.Load(b, "5m"), H1: DemoCandles.Load(b, "1h"), H4: DemoCandles.Load(b, "4h"), D1: DemoCandles.Load(b, "1d")));
        var at = data.Values.Min(d => d.M5[^1].OpenTimeMs + 300_000);
        for (var i = 0; i < 140; i++)
        {
            var b = DemoCandles.Bases[i % DemoCandles.Bases.Length];
            var d = data[b];
            var tape = new CandleTape(new SymbolAnalyzer(), d.M5, d.H1, d.H4, d.D1);
            if (!tape.AdvanceTo(at).IsSuccess) throw new InvalidOperationException("bad demo data");
            _symbols.Add(new(i < 6 ? new Symbol(b, "USDT") : new Symbol($"{b}{i}", "USDT"), tape.Analyzer));
        }
        _cycle = new AnalysisCycle();
    }

    /// <summary>The whole cycle for 140 symbols.</summary>
    [Benchmark]
    public int Cycle140Symbols() => _cycle.Run(_symbols).Count;
}
