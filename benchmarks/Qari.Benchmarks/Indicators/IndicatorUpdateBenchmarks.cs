using BenchmarkDotNet.Attributes;
using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Benchmarks.Indicators;

/// <summary>Cost of one incremental <c>Update</c> per indicator on real candles (one operation = one bar).</summary>
[MemoryDiagnoser]
public class IndicatorUpdateBenchmarks
{
    private const int OperationsPerInvoke = 100_000;
    private Bar[] _bars = [];
    private IBarIndicator? _indicator;
    private RollingCorrelation _correlation = new(30);

    [Params("Sma20", "Ema20", "Rsi14", "Atr14", "Macd", "BollingerBands", "Adx14", "Obv", "Mfi14", "Stochastic", "SessionVwap", "RelativeVolume20", "Correlation30")]
    public string Indicator { get; set; } = "Obv";

    [GlobalSetup]
    public void Setup()
    {
        var all = BenchmarkCandles.Load();
        // Repeat the data to a fixed length so every run measures the same number of updates.
        _bars = new Bar[OperationsPerInvoke];
        for (var i = 0; i < _bars.Length; i++) _bars[i] = all[i % all.Length];
        _indicator = Indicator switch
        {
            "Sma20" => new Sma(20),
            "Ema20" => new Ema(20),
            "Rsi14" => new Rsi(14),
            "Atr14" => new Atr(14),
            "Macd" => new Macd(),
            "BollingerBands" => new BollingerBands(),
            "Adx14" => new Adx(14),
            "Obv" => new Obv(),
            "Mfi14" => new Mfi(14),
            "Stochastic" => new Stochastic(),
            "SessionVwap" => new SessionVwap(),
            "RelativeVolume20" => new RelativeVolume(20),
            "Correlation30" => null, // two-series input: measured through _correlation
            _ => throw new ArgumentOutOfRangeException(nameof(Indicator), Indicator, "unknown indicator"),
        };
    }

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public double Update()
    {
        var indicator = _indicator;
        if (indicator is null)
        {
            _correlation.Reset();
            var bars = _bars;
            for (var i = 0; i < bars.Length; i++) _correlation.Update(bars[i].Close, bars[i].Volume);
            return _correlation.Value;
        }
        indicator.Reset();
        foreach (ref readonly var bar in _bars.AsSpan()) indicator.Update(bar);
        return indicator.Count;
    }
}
