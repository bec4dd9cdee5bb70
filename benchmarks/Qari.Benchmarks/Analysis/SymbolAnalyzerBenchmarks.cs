using BenchmarkDotNet.Attributes;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;

namespace Qari.Benchmarks.Analysis;

/// <summary>
/// Full per-symbol analysis throughput: real BTC 5m candles into one <see cref="SymbolAnalyzer"/> (15m/1h/4h/1d
/// aggregation, every structure detector on 1h/4h/1d, market structure on 15m, the indicator set on 1h/4h/1d,
/// session VWAP and ELE on 5m). One operation = the whole 17,544-candle file, fed with timestamps that keep
/// increasing across operations so the analyser stays in steady state (no reset, no re-allocation).
/// </summary>
[MemoryDiagnoser]
public class SymbolAnalyzerBenchmarks
{
    private Bar[] _bars = [];
    private SymbolAnalyzer _analyzer = null!;
    private long _offsetMs;
    private LayerSet _layers = null!;
    private LayerInput _input = null!;

    /// <summary>Candles per operation.</summary>
    public int Candles => _bars.Length;

    [GlobalSetup]
    public void Setup()
    {
        _bars = DemoCandles.Load("BTC", "5m");
        _analyzer = new SymbolAnalyzer();
        // Two passes of warm-up: every buffer at capacity before measuring.
        Feed();
        Feed();
        _layers = new LayerSet();
        _input = new LayerInput(new Symbol("BTC", "USDT"), _analyzer, MarketContext.Empty);
    }

    /// <summary>Every 5m candle through aggregation, detectors and indicators (layers not evaluated).</summary>
    [Benchmark(Baseline = true)]
    public long FiveMinuteCandlesThroughEverything() => Feed();

    /// <summary>Same, plus all 11 layer verdicts evaluated after every 5m candle (the worst case: a cycle per candle).</summary>
    [Benchmark]
    public long WithVerdictsEveryCandle()
    {
        var span = (_bars[^1].OpenTimeMs - _bars[0].OpenTimeMs) + 300_000;
        long n = 0;
        foreach (var b in _bars)
        {
            _analyzer.Add(b with { OpenTimeMs = b.OpenTimeMs + _offsetMs });
            n += _layers.Evaluate(_input).Length;
        }
        _offsetMs += span;
        return n;
    }

    private long Feed()
    {
        var span = (_bars[^1].OpenTimeMs - _bars[0].OpenTimeMs) + 300_000;
        long closed = 0;
        foreach (var b in _bars) closed += _analyzer.Add(b with { OpenTimeMs = b.OpenTimeMs + _offsetMs }).Value;
        _offsetMs += span;
        return closed;
    }
}
