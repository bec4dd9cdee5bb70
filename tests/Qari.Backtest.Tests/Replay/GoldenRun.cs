using Qari.Analysis.Confluence;
using Qari.Backtest.Replay;
using Qari.Backtest.Results;

namespace Qari.Backtest.Tests.Replay;

/// <summary>
/// The golden backtest, run once per test process: the demo candles of all six symbols from 2026-01-08 to
/// 2026-01-22 with loosened thresholds (score 15, two bullish layers, R/R 0.3) so the fortnight produces trades.
/// </summary>
internal static class GoldenRun
{
    public static readonly long FromMs = DateTimeOffset.Parse("2026-01-08T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
    public static readonly long ToMs = DateTimeOffset.Parse("2026-02-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    private static readonly Lazy<(BacktestRun Run, BacktestReport Report)> Shared = new(() => Execute(Settings!));

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "demo");

    public static BacktestSettings Settings { get; } = new()
    {
        FromMs = FromMs,
        ToMs = ToMs,
        Confluence = ConfluenceSettings.Default with { Threshold = 15, MinBullishLayers = 2, MinRiskReward = 0.3 },
        Trading = Qari.Trading.Risk.TradingSettings.Default with { MinRiskReward = 0.3m },
    };

    public static BacktestRun Run => Shared.Value.Run;

    public static BacktestReport Report => Shared.Value.Report;

    public static IReadOnlyList<SymbolData> Load(BacktestSettings settings)
    {
        var data = BacktestDataLoader.Load(DataDirectory, settings);
        Assert.True(data.IsSuccess, data.IsSuccess ? "" : data.Error.Message);
        return data.Value;
    }

    public static (BacktestRun, BacktestReport) Execute(BacktestSettings settings)
    {
        var run = new BacktestRunner(settings, Load(settings)).Run();
        return (run, ReportBuilder.Build(run));
    }
}
