using Qari.Backtest.Replay;
using Qari.Backtest.Results;
using Qari.Model.Market;

namespace Qari.Backtest.Tests.Replay;

/// <summary>
/// With two or more workers the analysis runs on other threads ahead of the engine: split over analysis lanes (the
/// default) or on one thread (<see cref="BacktestSettings.Pipeline"/>); with one everything runs on the caller's
/// thread. All must give the same run, and a failure or cancellation must end the run cleanly in every mode.
/// </summary>
public sealed class BacktestRunnerPipelineTests
{
    private static BacktestSettings Slice { get; } = GoldenRun.Settings with { ToMs = GoldenRun.FromMs + (8L * 86_400_000L) };

    /// <summary>Four days (1,152 steps): enough for one progress report, for the tests that end a run early.</summary>
    private static BacktestSettings Short { get; } = GoldenRun.Settings with { ToMs = GoldenRun.FromMs + (4L * 86_400_000L) };

    [Fact]
    public void Run_PipelinedAndSequential_SameDecisionsJournalAndJson()
    {
        var data = GoldenRun.Load(Slice);
        var sequential = new BacktestRunner(Slice with { Workers = 1 }, data).Run();
        var pipelined = new BacktestRunner(Slice with { Workers = 2, Pipeline = true }, data).Run();
        // 8 days are 2,304 steps: the ring of steps is reused several times over.
        Assert.True(sequential.Steps > 4 * StepPipeline.Capacity);
        Assert.True(sequential.PassingCandidates > 0);
        Assert.NotEmpty(sequential.OpenedFrom);
        Assert.Equal(sequential.Decisions, pipelined.Decisions);
        Assert.Equal(sequential.Journal.Count, pipelined.Journal.Count);
        for (var k = 0; k < sequential.Journal.Count; k++) Assert.Equal(sequential.Journal[k].ToString(), pipelined.Journal[k].ToString());
        Assert.Equal(JsonReportWriter.Write(ReportBuilder.Build(sequential)), JsonReportWriter.Write(ReportBuilder.Build(pipelined)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Run_AnalysisLanes_SameDecisionsJournalFailuresAndJsonAsSequential(int workers)
    {
        var data = GoldenRun.Load(Slice);
        var sequential = new BacktestRunner(Slice with { Workers = 1 }, data).Run();
        var lanes = new BacktestRunner(Slice with { Workers = workers }, data).Run();
        Assert.True(sequential.Steps > 4 * StepPipeline.Capacity);
        Assert.NotEmpty(sequential.OpenedFrom);
        Assert.Equal(sequential.Decisions, lanes.Decisions);
        Assert.Equal(sequential.Journal.Count, lanes.Journal.Count);
        for (var k = 0; k < sequential.Journal.Count; k++) Assert.Equal(sequential.Journal[k].ToString(), lanes.Journal[k].ToString());
        // The lanes count the failing candidates of their own symbols; together they must count every one.
        Assert.NotEmpty(sequential.CandidateFailures);
        Assert.Equal(sequential.CandidateFailures, lanes.CandidateFailures);
        Assert.Equal(JsonReportWriter.Write(ReportBuilder.Build(sequential)), JsonReportWriter.Write(ReportBuilder.Build(lanes)));
    }

    [Fact]
    public void Share_SymbolsOverLanes_EveryLaneScoresSomeAndTheCandlesAreBalanced()
    {
        var data = GoldenRun.Load(Slice);
        var laneOf = AnalysisLanes.Share(data, 2);
        Assert.Equal(data.Count, laneOf.Length);
        Assert.All(laneOf, l => Assert.InRange(l, 0, 1));
        long[] candles = [0, 0];
        for (var i = 0; i < data.Count; i++) candles[laneOf[i]] += data[i].Candles5m.Count;
        // Greedy by size: the lanes differ by at most the largest symbol's candles.
        Assert.True(Math.Abs(candles[0] - candles[1]) <= data.Max(d => d.Candles5m.Count), $"{candles[0]} vs {candles[1]}");
        Assert.Equal(laneOf, AnalysisLanes.Share(data, 2));
        // More lanes than symbols would leave some idle: the runner never asks for that, and each lane here gets one.
        Assert.Equal(Enumerable.Range(0, data.Count).Order(), AnalysisLanes.Share(data, data.Count).Order());
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void Run_InsaneCandleMidway_ThrowsTheAnalysisErrorNamingTheSymbol(int workers, bool pipeline)
    {
        var data = GoldenRun.Load(Short).ToList();
        var k = data.FindIndex(d => d.Symbol.ToString() == "ETH/USDT");
        var candles = data[k].Candles5m.ToArray();
        var bad = candles[1_100];
        candles[1_100] = bad with { High = bad.Low / 2m };
        data[k] = data[k] with { Candles5m = candles };
        var done = 0L;
        var thrown = Assert.Throws<InvalidOperationException>(() =>
            new BacktestRunner(Short with { Workers = workers, Pipeline = pipeline }, data, (d, _) => done = d).Run());
        Assert.Equal($"ETH/USDT: 5m candle {bad.OpenTimeMs} is not a sane OHLCV candle", thrown.Message);
        // The engine side got no further than the step before the bad candle (progress is reported every 1,024 steps).
        Assert.True(done is > 0 and <= 1_100L * 6, $"progress {done}");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void Run_WarmUpFails_ThrowsNamingTheSymbol(int workers, bool pipeline)
    {
        var data = GoldenRun.Load(Short).ToList();
        var k = data.FindIndex(d => d.Symbol.ToString() == "SOL/USDT");
        // A bar repeated at the end of the history is out of order.
        data[k] = data[k] with { WarmUp = [.. data[k].WarmUp, data[k].WarmUp[0]] };
        var thrown = Assert.Throws<InvalidOperationException>(() => new BacktestRunner(Short with { Workers = workers, Pipeline = pipeline }, data).Run());
        Assert.StartsWith("SOL/USDT: ", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void Run_CancelledMidway_ThrowsOperationCanceledAndReturnsNoRun(int workers, bool pipeline)
    {
        var data = GoldenRun.Load(Short);
        using var cancel = new CancellationTokenSource();
        var reports = 0;
        var runner = new BacktestRunner(Short with { Workers = workers, Pipeline = pipeline }, data, (_, _) =>
        {
            if (++reports == 1) cancel.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() => runner.Run(cancel.Token));
        Assert.Equal(1, reports);
    }

    [Fact]
    public void Run_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new BacktestRunner(Short, GoldenRun.Load(Short)).Run(cancel.Token));
    }

    [Fact]
    public void Run_SymbolsStartingLater_SameRunAsSequential()
    {
        // Symbols listed later are warmed up when first needed (by each lane, or on the pipeline's helper while the replay
        // already runs); cut the first two days off two of them.
        var data = GoldenRun.Load(Short).Select(d => d.Symbol.Base is "SOL" or "XRP"
            ? d with { Candles5m = [.. d.Candles5m.Skip(600)] }
            : d).ToList();
        Assert.Contains(data, d => d.Candles5m[0].OpenTimeMs > data.Min(e => e.Candles5m[0].OpenTimeMs));
        var sequential = new BacktestRunner(Short with { Workers = 1 }, data).Run();
        var lanes = new BacktestRunner(Short with { Workers = 2 }, data).Run();
        var pipelined = new BacktestRunner(Short with { Workers = 2, Pipeline = true }, data).Run();
        Assert.Equal(sequential.Decisions, lanes.Decisions);
        Assert.Equal(sequential.Decisions, pipelined.Decisions);
        Assert.Equal(JsonReportWriter.Write(ReportBuilder.Build(sequential)), JsonReportWriter.Write(ReportBuilder.Build(lanes)));
        Assert.Equal(JsonReportWriter.Write(ReportBuilder.Build(sequential)), JsonReportWriter.Write(ReportBuilder.Build(pipelined)));
    }
}
