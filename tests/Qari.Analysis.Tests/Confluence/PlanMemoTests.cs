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

    /// <summary>
    /// The memo sorts every offered level once and only moves where the levels above the price start: random target
    /// lists (ties in price, equal reasons, levels at the price, non-finite ones, layers offering only PT1/PT2) and a
    /// price walking up and down through them must give the fresh plan at every step.
    /// </summary>
    [Fact]
    public void Build_RandomLevelsAndPriceWalk_MemoisedPlanEqualsFreshOne()
    {
        var random = new Random(11);
        var settings = ConfluenceSettings.Default with { MinRiskReward = 1.5 };
        var memo = new PlanMemo();
        string[] reasons = ["1h swing high", "4h equal highs", "1d swing high", "1.272 extension", "a"];
        PriceTarget[] Targets()
        {
            var targets = new PriceTarget[random.Next(0, 12)];
            for (var i = 0; i < targets.Length; i++)
            {
                var level = random.Next(8) switch
                {
                    0 => double.NaN,
                    1 => double.PositiveInfinity,
                    2 => 100.0,
                    _ => Math.Round(80 + (random.NextDouble() * 80), random.Next(0, 3)),
                };
                targets[i] = new PriceTarget(level, reasons[random.Next(reasons.Length)]);
            }
            return targets;
        }
        var l1 = Targets();
        var l2 = Targets();
        double? wall = 120;
        var price = 100.0;
        var moved = 0;
        for (var step = 0; step < 3_000; step++)
        {
            switch (random.Next(10))
            {
                case 0: l1 = Targets(); break;
                case 1: l2 = Targets(); break;
                case 2: wall = random.Next(3) == 0 ? null : Math.Round(90 + (random.NextDouble() * 60), 1); break;
                default: price = Math.Max(1, Math.Round(price + ((random.NextDouble() - 0.5) * 12), 2)); moved++; break;
            }
            LayerVerdict[] verdicts =
            [
                LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: price * 0.9, Targets: l1), "bull"),
                LayerVerdict.Of(LayerId.L02Liquidity, Vote.Bullish, 1.0, new LayerLevels(Targets: l2), "sfp"),
                LayerVerdict.Of(LayerId.L08OrderBook, Vote.Neutral, 0.0, new LayerLevels(Target1: wall, Target2: wall + 5), "book"),
            ];
            var memoised = TradePlanner.Build(price, verdicts, settings, out var memoReason, memo);
            var fresh = TradePlanner.Build(price, verdicts, settings, out var freshReason);
            Assert.Equal(fresh, memoised);
            Assert.Equal(freshReason, memoReason);
        }
        Assert.True(moved > 2_000, $"{moved} price moves");
    }

    [Fact]
    public void Build_PriceFallsBackBelowADroppedLevel_LevelIsATargetAgain()
    {
        var memo = new PlanMemo();
        PriceTarget[] targets = [new(105, "near"), new(105.2, "near too"), new(130, "far")];
        LayerVerdict[] verdicts = [LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: 90, Targets: targets), "bull")];
        var settings = ConfluenceSettings.Default with { MinRiskReward = 0.1 };
        Assert.Equal(130, TradePlanner.Build(106, verdicts, settings, out _, memo)!.Target1);
        var back = TradePlanner.Build(100, verdicts, settings, out _, memo)!;
        Assert.Equal(105, back.Target1);
        Assert.Equal("near + near too", back.Target1Reason);
        Assert.Equal(TradePlanner.Build(100, verdicts, settings, out _), back);
        var between = TradePlanner.Build(105.1, verdicts, settings with { MinRiskReward = 0.001 }, out _, memo)!;
        Assert.Equal(105.2, between.Target1);
        Assert.Equal("near too", between.Target1Reason);
    }

    [Fact]
    public void Score_SameFailureSentences_ShareOneReadOnlyListEqualToAFreshOne()
    {
        LayerVerdict[] verdicts =
        [
            LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bearish, 1.0, new LayerLevels(Invalidation: 90, Targets: [new(150, "far")]), "bear"),
            LayerVerdict.Of(LayerId.L11BtcContext, Vote.Bearish, 1.0, LayerLevels.None, "dump", veto: true),
        ];
        var scorer = new ConfluenceScorer();
        var memo = new PlanMemo();
        var first = scorer.Score(Sol, 0, 100, verdicts, false, memo);
        var second = scorer.Score(Sol, 300_000, 101, verdicts, false, memo);
        var moved = scorer.Score(Sol, 600_000, 100, verdicts, true, memo);
        Assert.Same(first.Failures, second.Failures);
        Assert.Equal(scorer.Score(Sol, 300_000, 101, verdicts, false, scorer.Settings.EffectiveWeights).Failures, second.Failures);
        Assert.NotSame(first.Failures, moved.Failures);
        Assert.Equal(scorer.Score(Sol, 600_000, 100, verdicts, true, scorer.Settings.EffectiveWeights).Failures, moved.Failures);
        Assert.Contains("an extreme liquidation event is flagged on this symbol", moved.Failures);
        Assert.False(first.Failures is ICollection<string> { IsReadOnly: false });
    }
}
