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
    public double Incremental()
    {
        IBarIndicator indicator = Indicator switch
        {
            "Ema20" => new Ema(20),
            "Rsi14" => new Rsi(14),
            "Atr14" => new Atr(14),
            "BollingerBands" => new BollingerBands(20, 2.0),
            "Stochastic" => new Stochastic(14, 3, 3),
            "Mfi14" => new Mfi(14),
            _ => throw new ArgumentOutOfRangeException(nameof(Indicator)),
        };
        var bars = _bars;
        var output = _output;
        for (var i = 0; i < bars.Length; i++)
        {
            indicator.Update(bars[i]);
            output[i] = indicator switch
            {
                IValueIndicator v => v.Value,
                BollingerBands b => b.Upper,
                Stochastic s => s.D,
                _ => double.NaN,
            };
        }
        return output[^1];
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
