using BenchmarkDotNet.Attributes;
using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Benchmarks.Structure;

/// <summary>
/// Candles per second through every structure detector on real BTC 1h candles (2019-11 → 2020-06, including the
/// March 2020 crash), and the allocations that costs. One operation = the whole slice.
/// </summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private Bar[] _bars = [];
    private Candle[] _candles = [];
    private StructureAnalyzer _analyzer = null!;
    private MarketStructure _structure = null!;

    /// <summary>Number of candles in the slice (one operation processes all of them).</summary>
    public int Candles => _bars.Length;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Structure", "btc_1h_slice.csv");
        using var reader = new StreamReader(path);
        _candles = CandleCsv.Read(reader, path).Value.ToArray();
        _bars = _candles.Select(c => Bar.From(c)).ToArray();
        _analyzer = new StructureAnalyzer(new StructureSettings(Liquidation: new LiquidationSettings(Timeframe.H1)));
        _structure = new MarketStructure();
        // Warm the detectors once so the measured runs are steady state (buffers at capacity).
        foreach (var b in _bars) _analyzer.Update(b);
    }

    /// <summary>All detectors (structure, equal levels, liquidity, SFP, OB, FVG, legs, ELE), from doubles.</summary>
    [Benchmark(Baseline = true)]
    public long AllDetectors()
    {
        _analyzer.Reset();
        foreach (var b in _bars) _analyzer.Update(b);
        return _analyzer.BarCount;
    }

    /// <summary>All detectors including the decimal → double conversion of each candle.</summary>
    [Benchmark]
    public long AllDetectorsFromDecimalCandles()
    {
        _analyzer.Reset();
        foreach (var c in _candles) _analyzer.Update(c);
        return _analyzer.BarCount;
    }

    /// <summary>Swings, trend and BOS/CHoCH only.</summary>
    [Benchmark]
    public long MarketStructureOnly()
    {
        _structure.Reset();
        foreach (var b in _bars) _structure.Update(b);
        return _structure.Bars.Count;
    }
}
