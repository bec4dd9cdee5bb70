using BenchmarkDotNet.Attributes;
using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Benchmarks.Indicators;

/// <summary>
/// A whole series (one operation = one bar) computed by the incremental indicators, writing each value into an
/// output array, against the straightforward array-based reference (<see cref="ArrayReference"/>).
/// </summary>
[MemoryDiagnoser]
public class IncrementalVsArrayBenchmarks
{
    private const int Length = 100_000;
    private Bar[] _bars = [];
    private double[] _closes = [];
    private double[] _output = [];

    [Params("Ema20", "Rsi14", "Atr14", "BollingerBands", "Stochastic", "Mfi14")]
    public string Indicator { get; set; } = "Ema20";

    [GlobalSetup]
    public void Setup()
    {
        var all = BenchmarkCandles.Load();
        _bars = new Bar[Length];
        for (var i = 0; i < Length; i++) _bars[i] = all[i % all.Length];
        _closes = _bars.Select(b => b.Close).ToArray();
        _output = new double[Length];
        // Both sides must compute the same thing, or the comparison means nothing.
        var incremental = Incremental();
        var reference = ArrayReference();
        if (Math.Abs(incremental - reference) > 1e-6 * Math.Abs(reference))
            throw new InvalidOperationException($"{Indicator}: incremental {incremental} and array reference {reference} disagree");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length)]
    public double Incremental() => Indicator switch
    {
        "Ema20" => RunEma(),
        "Rsi14" => RunRsi(),
        "Atr14" => RunAtr(),
        "BollingerBands" => RunBollinger(),
        "Stochastic" => RunStochastic(),
        "Mfi14" => RunMfi(),
        _ => throw new ArgumentOutOfRangeException(nameof(Indicator)),
    };

    // One loop per concrete (sealed) type, as a caller holding the indicator gets: direct, inlinable calls.
    private double RunEma()
    {
        var ema = new Ema(20);
        for (var i = 0; i < _bars.Length; i++) { ema.Update(_bars[i].Close); _output[i] = ema.Value; }
        return _output[^1];
    }

    private double RunRsi()
    {
        var rsi = new Rsi(14);
        for (var i = 0; i < _bars.Length; i++) { rsi.Update(_bars[i].Close); _output[i] = rsi.Value; }
        return _output[^1];
    }

    private double RunAtr()
    {
        var atr = new Atr(14);
        for (var i = 0; i < _bars.Length; i++) { atr.Update(_bars[i]); _output[i] = atr.Value; }
        return _output[^1];
    }

    private double RunBollinger()
    {
        var bands = new BollingerBands(20, 2.0);
        for (var i = 0; i < _bars.Length; i++) { bands.Update(_bars[i].Close); _output[i] = bands.Upper; }
        return _output[^1];
    }

    private double RunStochastic()
    {
        var stochastic = new Stochastic(14, 3, 3);
        for (var i = 0; i < _bars.Length; i++) { stochastic.Update(_bars[i]); _output[i] = stochastic.D; }
        return _output[^1];
    }

    private double RunMfi()
    {
        var mfi = new Mfi(14);
        for (var i = 0; i < _bars.Length; i++) { mfi.Update(_bars[i]); _output[i] = mfi.Value; }
        return _output[^1];
    }

    [Benchmark(OperationsPerInvoke = Length)]
    public double ArrayReference() => Indicator switch
    {
        "Ema20" => Indicators.ArrayReference.Ema(_closes, 20)[^1],
        "Rsi14" => Indicators.ArrayReference.Rsi(_closes, 14)[^1],
        "Atr14" => Indicators.ArrayReference.Atr(_bars, 14)[^1],
        "BollingerBands" => Indicators.ArrayReference.Bollinger(_closes, 20, 2.0).Upper[^1],
        "Stochastic" => Indicators.ArrayReference.Stochastic(_bars, 14, 3, 3).D[^1],
        "Mfi14" => Indicators.ArrayReference.Mfi(_bars, 14)[^1],
        _ => throw new ArgumentOutOfRangeException(nameof(Indicator)),
    };
}
