using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;

namespace Qari.Analysis.Tests.Confluence;

public sealed class TradePlannerTests
{
    private const double Price = 100.0;

    /// <summary>An order-block zone with invalidation 5% below (stop clamped to 10%: PT1 needs ≥ 120 for R/R 2).</summary>
    private static LayerVerdict Zone() =>
        LayerVerdict.Of(LayerId.L03OrderBlocks, Vote.Bullish, 1.0, new LayerLevels(ZoneLow: 95, ZoneHigh: 100, Invalidation: 95), "ob");

    private static LayerVerdict Offering(LayerId layer, params PriceTarget[] targets) =>
        LayerVerdict.Of(layer, Vote.Neutral, 0.0, new LayerLevels(Targets: targets), "levels");

    private static TradePlan Plan(params LayerVerdict[] verdicts) =>
        TradePlanner.Build(Price, verdicts, ConfluenceSettings.Default, out _)!;

    [Fact]
    public void Build_NearTargetsTooClose_Pt1IsFirstLevelPayingTwoR()
    {
        var plan = Plan(Zone(),
            Offering(LayerId.L02Liquidity, new(104, "unswept 1h swing high"), new(112, "unswept 1h swing high")),
            Offering(LayerId.L01MarketStructure, new(126, "unswept 1d swing high"), new(150, "unswept 1w swing high (week of 2025-10-06)")));
        Assert.Equal(90, plan.Stop, 9);
        Assert.Equal(126, plan.Target1);
        Assert.Equal("unswept 1d swing high", plan.Target1Reason);
        Assert.Equal(150, plan.Target2);
        Assert.Equal(2.6, plan.RiskReward, 3);
        Assert.Equal(2, plan.NearerLevels);
    }

    [Fact]
    public void Build_LevelExactlyAtTwoR_IsPt1()
    {
        var plan = Plan(Zone(), Offering(LayerId.L06Fibonacci, new PriceTarget(120, "1.272 extension of the 1d impulse 60.0000→91.0000")));
        Assert.Equal(120, plan.Target1);
        Assert.Equal(2.0, plan.RiskReward, 9);
        Assert.Null(plan.Target2);
    }

    [Fact]
    public void Build_NoLevelFarEnough_Pt1IsFarthestAndRiskRewardFails()
    {
        var plan = Plan(Zone(), Offering(LayerId.L02Liquidity, new(104, "a"), new(110, "b")));
        Assert.Equal(110, plan.Target1);
        Assert.Equal(1.0, plan.RiskReward, 9);
    }

    [Fact]
    public void Build_NoLevelAboveEntry_HasNoTarget()
    {
        var plan = Plan(Zone(), Offering(LayerId.L02Liquidity, new PriceTarget(99, "below")));
        Assert.Null(plan.Target1);
        Assert.Equal(0, plan.RiskReward);
    }

    [Fact]
    public void Ladder_LevelsWithinTolerance_MergeAtTheLowerPriceWithBothReasons()
    {
        var ladder = TradePlanner.Ladder(Price, [
            Offering(LayerId.L01MarketStructure, new PriceTarget(130.3, "unswept 1d swing high")),
            Offering(LayerId.L06Fibonacci, new PriceTarget(130, "1.618 extension of the 4h impulse")),
            Offering(LayerId.L02Liquidity, new PriceTarget(140, "unswept 1h swing high")),
        ]);
        Assert.Equal(2, ladder.Count);
        Assert.Equal(130, ladder[0].Price);
        Assert.Equal("1.618 extension of the 4h impulse + unswept 1d swing high", ladder[0].Reason);
    }

    [Fact]
    public void Ladder_SameLevelsInAnyLayerOrder_SameLadder()
    {
        LayerVerdict a = Offering(LayerId.L01MarketStructure, new(130, "x"), new(150, "y"));
        LayerVerdict b = Offering(LayerId.L02Liquidity, new(130, "w"), new(125, "z"));
        Assert.Equal(TradePlanner.Ladder(Price, [a, b]), TradePlanner.Ladder(Price, [b, a]));
    }

    [Fact]
    public void Ladder_LayerWithoutList_OffersItsTwoTargets()
    {
        var ladder = TradePlanner.Ladder(Price, [LayerVerdict.Of(LayerId.L08OrderBook, Vote.Neutral, 0, new LayerLevels(Target1: 125), "book")]);
        Assert.Equal("L8 order book target", Assert.Single(ladder).Reason);
    }

    [Fact]
    public void Explanation_NamesTheTargetLevelAndWhy()
    {
        var verdicts = new[]
        {
            LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Invalidation: 90, Targets: [new(104, "unswept 4h swing high"), new(124, "1.272 extension of the 1d impulse 80.0000→95.0000")]), "bull"),
            Zone(),
        };
        var c = new ConfluenceScorer(new ConfluenceSettings(Threshold: 0, MinBullishLayers: 0)).Score(new Model.Ids.Symbol("COIN", "USDT"), 0, Price, verdicts, false);
        Assert.Contains("PT1 124.0000 (1.272 extension of the 1d impulse 80.0000→95.0000; the first level far enough for the minimum R/R, 1 nearer level on the way)",
            c.Explanation, StringComparison.Ordinal);
    }
}
