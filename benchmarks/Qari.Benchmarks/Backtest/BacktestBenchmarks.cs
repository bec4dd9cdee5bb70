using BenchmarkDotNet.Attributes;
using Qari.Analysis.Confluence;
using Qari.Backtest.Replay;

namespace Qari.Benchmarks.Backtest;

/// <summary>
/// End-to-end backtest throughput: the demo candles of all six symbols (7 days of 5m, ~12,100 candles) replayed
/// through analysis, confluence every 5 minutes, the trading engine and the fill model. Divide the candle count by
/// the mean to get candles per second. Loosened thresholds so the engine and the fill model actually trade.
/// <see cref="Workers"/> 1 keeps everything on one thread; 2 warms the symbols up on two (six symbols per cycle are
/// below the size scored on workers, see <c>BacktestRunner.MinParallelSymbols</c>).
/// </summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    private IReadOnlyList<SymbolData> _data = [];
    private BacktestSettings _settings = BacktestSettings.Default;

    /// <summary>Worker threads (<see cref="BacktestSettings.Workers"/>).</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    /// <summary>5m candles replayed per operation (all symbols).</summary>
    public long Candles { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var from = DateTimeOffset.Parse("2026-01-08T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        _settings = new BacktestSettings
        {
            FromMs = from,
            ToMs = from + (7L * 86_400_000L),
            Confluence = ConfluenceSettings.Default with { Threshold = 15, MinBullishLayers = 2, MinRiskReward = 0.3 },
            Trading = Qari.Trading.Risk.TradingSettings.Default with { MinRiskReward = 0.3m },
            Workers = Workers,
        };
        var loaded = BacktestDataLoader.Load(DemoData(), _settings);
        if (!loaded.IsSuccess) throw new InvalidOperationException(loaded.Error.Message);
        _data = loaded.Value;
        Candles = _data.Sum(d => (long)d.Candles5m.Count);
        Console.WriteLine($"// backtest benchmark: {Candles} candles per operation");
    }

    [Benchmark]
    public long Replay6Symbols7Days() => new BacktestRunner(_settings, _data).Run().CandlesReplayed;

    private static string DemoData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "demo", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("demo/data not found above " + AppContext.BaseDirectory);
    }
}
