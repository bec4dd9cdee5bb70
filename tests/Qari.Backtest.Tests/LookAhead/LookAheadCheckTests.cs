using System.Globalization;
using Qari.Backtest.LookAhead;
using Qari.Backtest.Replay;
using Qari.Backtest.Tests.Replay;

namespace Qari.Backtest.Tests.LookAhead;

public class LookAheadCheckTests
{
    [Fact]
    public void Run_RealDataAndRealEngine_NoDifference()
    {
        var settings = GoldenRun.Settings with
        {
            ToMs = GoldenRun.FromMs + (10L * 86_400_000L),
        };
        var data = GoldenRun.Load(settings);
        var full = new BacktestRunner(settings, data).Run();
        Assert.NotEmpty(full.Decisions);
        var result = LookAheadCheck.Run(settings, data, full.Decisions, cuts: 3);
        Assert.Equal(3, result.CutPointsMs.Count);
        Assert.True(result.DecisionsCompared > 0);
        Assert.True(result.Passed, string.Join("\n", result.Differences));
    }

    [Fact]
    public void Run_StrategyPeekingAtTheNextCandle_Caught()
    {
        var data = GoldenRun.Load(GoldenRun.Settings with { ToMs = GoldenRun.FromMs + (2L * 86_400_000L) });
        var full = Peeking(data);
        var result = LookAheadCheck.Run(Peeking, data, full, cuts: 4);
        Assert.False(result.Passed);
        Assert.Contains("without the data after the cut", result.Differences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CutsOnTwoWorkers_SameDifferencesInCutOrder()
    {
        var data = GoldenRun.Load(GoldenRun.Settings with { ToMs = GoldenRun.FromMs + (2L * 86_400_000L) });
        var full = Peeking(data);
        var one = LookAheadCheck.Run(Peeking, data, full, cuts: 6, workers: 1);
        var two = LookAheadCheck.Run(Peeking, data, full, cuts: 6, workers: 2);
        Assert.NotEmpty(one.Differences);
        Assert.Equal(one.Differences, two.Differences);
        Assert.Equal(one.DecisionsCompared, two.DecisionsCompared);
    }

    /// <summary>"Buys" at a candle's close when the next candle closes higher: it reads the future.</summary>
    private static IReadOnlyList<Decision> Peeking(IReadOnlyList<SymbolData> data)
    {
        var decisions = new List<Decision>();
        foreach (var d in data)
        {
            var c = d.Candles5m;
            for (var i = 0; i < c.Count; i++)
            {
                var up = i + 1 < c.Count && c[i + 1].Close > c[i].Close;
                decisions.Add(new Decision(c[i].OpenTimeMs + 300_000L, string.Create(CultureInfo.InvariantCulture, $"{d.Symbol} {(up ? "buy" : "wait")}")));
            }
        }
        return decisions;
    }
}
