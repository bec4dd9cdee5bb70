using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Analysis.Tests.Engine;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Confluence;

/// <summary>
/// Scoring with the symbol's plan memo (<see cref="PlanMemo"/>, shared layer lists, cached failure sentences) must
/// give the candidate that scoring without it gives, at every 5m close of a real replay.
/// </summary>
public sealed class PlanMemoTests
{
    private static readonly Symbol Sol = new("SOL", "USDT");

    [Theory]
    [InlineData(60.0, 3, 1.5)]
    [InlineData(15.0, 2, 0.3)]
    public void Score_EveryFiveMinuteClose_MemoisedCandidateEqualsFreshOne(double threshold, int layers, double minRiskReward)
    {
        Bar[] m5 = NoLookAheadTests.Load("5m"), h1 = NoLookAheadTests.Load("1h"), h4 = NoLookAheadTests.Load("4h"), d1 = NoLookAheadTests.Load("1d");
        var tape = new CandleTape(new SymbolAnalyzer(), m5, h1, h4, d1);
        var scorer = new ConfluenceScorer(ConfluenceSettings.Default with { Threshold = threshold, MinBullishLayers = layers, MinRiskReward = minRiskReward });
        var set = new LayerSet();
        var memo = new PlanMemo();
        int planned = 0, failed = 0;
        foreach (var bar in m5)
        {
            Assert.True(tape.AdvanceTo(bar.OpenTimeMs + Timeframe.M5.Milliseconds()).IsSuccess);
            var a = tape.Analyzer;
            var context = new MarketContext(Breadth: new MarketBreadth(6, 0.7, 0.6, 0.1), Btc: AnalysisCycle.Btc([new(new Symbol("BTC", "USDT"), a)]));
            var verdicts = set.Evaluate(new LayerInput(Sol, a, context));
            var memoised = scorer.Score(Sol, a.TimeMs, a.Price, verdicts, a.Liquidation.IsFlagged, memo);
            var fresh = scorer.Score(Sol, a.TimeMs, a.Price, verdicts, a.Liquidation.IsFlagged, scorer.Settings.EffectiveWeights);
            Assert.Equal(fresh.Score, memoised.Score);
            Assert.Equal(fresh.Passed, memoised.Passed);
            Assert.Equal(fresh.Plan, memoised.Plan);
            Assert.Equal(fresh.Failures, memoised.Failures);
            Assert.Equal(fresh.BullishLayers, memoised.BullishLayers);
            Assert.Equal(fresh.BearishLayers, memoised.BearishLayers);
            Assert.Equal(fresh.Explanation, memoised.Explanation);
            if (memoised.Plan?.Target1 is not null) planned++;
            if (!memoised.Passed) failed++;
        }
        Assert.True(planned > 100 && failed > 100, $"planned {planned}, failed {failed}");
    }

    [Fact]
    public void Build_TargetListChanges_PlansFromTheNewList()
    {
        var memo = new PlanMemo();
        LayerVerdict[] With(params PriceTarget[] targets) =>
        [
            LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: 90, Targets: targets), "bull"),
        ];
        var settings = ConfluenceSettings.Default with { MinRiskReward = 0.5 };
        var first = TradePlanner.Build(100, With(new PriceTarget(120, "a")), settings, out _, memo);
        var second = TradePlanner.Build(100, With(new PriceTarget(130, "b")), settings, out _, memo);
        Assert.Equal(120, first!.Target1);
        Assert.Equal(130, second!.Target1);
        Assert.Equal("b", second.Target1Reason);
    }

    [Fact]
    public void Build_SameListButPriceAboveALevel_DropsThatLevel()
    {
        var memo = new PlanMemo();
        PriceTarget[] targets = [new(105, "near"), new(130, "far")];
        LayerVerdict[] verdicts = [LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: 90, Targets: targets), "bull")];
        var settings = ConfluenceSettings.Default with { MinRiskReward = 0.1 };
        Assert.Equal(105, TradePlanner.Build(100, verdicts, settings, out _, memo)!.Target1);
        Assert.Equal(130, TradePlanner.Build(106, verdicts, settings, out _, memo)!.Target1);
        Assert.Equal(TradePlanner.Build(106, verdicts, settings, out _), TradePlanner.Build(106, verdicts, settings, out _, memo));
    }

    [Fact]
    public void Score_VerdictsOutOfLayerOrder_ListsLayersInTheGivenOrder()
    {
        LayerVerdict[] verdicts =
        [
            LayerVerdict.Of(LayerId.L07Indicators, Vote.Bullish, 1.0, LayerLevels.None, "ind"),
            LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: 90), "bull"),
            LayerVerdict.Of(LayerId.L04Volume, Vote.Bearish, 1.0, LayerLevels.None, "vol"),
        ];
        var c = new ConfluenceScorer().Score(Sol, 0, 100, verdicts, false);
        Assert.Equal([LayerId.L07Indicators, LayerId.L01MarketStructure], c.BullishLayers);
        Assert.Equal([LayerId.L04Volume], c.BearishLayers);
    }
}
