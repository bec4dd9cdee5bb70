using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Model.Ids;

namespace Qari.Analysis.Tests.Confluence;

public sealed class ConfluenceScorerTests
{
    private static readonly Symbol Coin = new("COIN", "USDT");
    private const double Price = 100.0;

    /// <summary>A passing set: bias bullish, four structural layers bullish, a zone with invalidation 12% below and targets 30%/40% above.</summary>
    private static LayerVerdict[] Passing() =>
    [
        LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Target1: 130, Target2: 140, Invalidation: 85), "bull"),
        LayerVerdict.Of(LayerId.L02Liquidity, Vote.Bullish, 1.0, LayerLevels.None, "sfp"),
        LayerVerdict.Of(LayerId.L03OrderBlocks, Vote.Bullish, 1.0, new LayerLevels(ZoneLow: 90, ZoneHigh: 101, Invalidation: 88), "ob"),
        LayerVerdict.Of(LayerId.L04Volume, Vote.Neutral, 0.0, LayerLevels.None, "vol"),
        LayerVerdict.Abstain(LayerId.L05Sentiment, "none"),
        LayerVerdict.Of(LayerId.L06Fibonacci, Vote.Bullish, 1.0, LayerLevels.None, "fib"),
        LayerVerdict.Of(LayerId.L07Indicators, Vote.Bullish, 1.0, LayerLevels.None, "ind"),
        LayerVerdict.Abstain(LayerId.L08OrderBook, "none"),
        LayerVerdict.Of(LayerId.L09Vwap, Vote.Neutral, 0.0, LayerLevels.None, "vwap"),
        LayerVerdict.Of(LayerId.L10Session, Vote.Bullish, 0.5, LayerLevels.None, "session"),
        LayerVerdict.Of(LayerId.L11BtcContext, Vote.Bullish, 1.0, LayerLevels.None, "btc"),
    ];

    private static Candidate Score(LayerVerdict[] verdicts, bool ele = false, ConfluenceSettings? settings = null) =>
        new ConfluenceScorer(settings).Score(Coin, 0, Price, verdicts, ele);

    private static LayerVerdict[] With(LayerVerdict[] verdicts, LayerVerdict replacement) =>
        [.. verdicts.Select(v => v.Layer == replacement.Layer ? replacement : v)];

    [Fact]
    public void Score_AllConditionsHold_PassesWithPlanAndExplanation()
    {
        var c = Score(Passing());
        Assert.True(c.Passed, string.Join("; ", c.Failures));
        Assert.Empty(c.Failures);
        Assert.True(c.Score >= 60);
        Assert.NotNull(c.Plan);
        Assert.Equal(88, c.Plan.StructuralInvalidation);
        Assert.Equal(88, c.Plan.Stop, 9);
        Assert.Equal(130, c.Plan.Target1);
        Assert.Equal(140, c.Plan.Target2);
        Assert.Equal(2.5, c.Plan.RiskReward, 3);
        Assert.Contains("PASSES", c.Explanation, StringComparison.Ordinal);
        Assert.Contains("Agree (bullish): L1 market structure", c.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BearishBias_Fails()
    {
        var c = Score(With(Passing(), LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bearish, 0.3, new LayerLevels(Target1: 130, Invalidation: 85), "bear")));
        Assert.False(c.Passed);
        Assert.Contains(c.Failures, f => f.Contains("bias is bearish", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_EleFlagged_Fails() =>
        Assert.Contains(Score(Passing(), ele: true).Failures, f => f.Contains("extreme liquidation", StringComparison.Ordinal));

    [Fact]
    public void Score_LayerVeto_Fails() =>
        Assert.Contains(Score(With(Passing(), LayerVerdict.Of(LayerId.L11BtcContext, Vote.Bearish, 0.01, LayerLevels.None, "dump", veto: true))).Failures,
            f => f.Contains("vetoes", StringComparison.Ordinal));

    [Fact]
    public void Score_OnlyTwoIndependentBullishLayersPlusSession_FailsTheCount()
    {
        var verdicts = Passing();
        foreach (var id in new[] { LayerId.L02Liquidity, LayerId.L06Fibonacci, LayerId.L07Indicators, LayerId.L11BtcContext })
            verdicts = With(verdicts, LayerVerdict.Of(id, Vote.Neutral, 0, LayerLevels.None, "n"));
        var c = Score(verdicts);
        Assert.Contains(c.Failures, f => f.Contains("only 2 independent layer(s) vote bullish", StringComparison.Ordinal));
        Assert.Contains(LayerId.L10Session, c.BullishLayers);
    }

    [Fact]
    public void Score_BelowThreshold_FailsOnlyOnTheScore()
    {
        var c = Score(Passing(), settings: new ConfluenceSettings(Threshold: 99));
        Assert.Single(c.Failures);
        Assert.Contains("below the threshold", c.Failures[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TargetTooClose_FailsOnlyOnRiskReward()
    {
        var c = Score(With(Passing(), LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Target1: 105, Invalidation: 85), "bull")));
        Assert.Single(c.Failures);
        Assert.Contains("risk/reward", c.Failures[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoStructuralLevelFarEnough_FailureNamesTheFarthestLevel()
    {
        var c = Score(With(Passing(), LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0,
            new LayerLevels(Invalidation: 85, Targets: [new PriceTarget(104, "unswept 4h swing high"), new PriceTarget(110, "unswept 1d swing high")]), "bull")));
        var failure = Assert.Single(c.Failures);
        Assert.Equal("risk/reward 0.83 to the farthest structural target (unswept 1d swing high) is below 2.0", failure);
        Assert.Equal(110, c.Plan!.Target1);
    }

    [Fact]
    public void Score_InvalidationFarBelow_StopIsClampedTo30Percent()
    {
        var c = Score(With(Passing(), LayerVerdict.Of(LayerId.L03OrderBlocks, Vote.Bullish, 1.0, new LayerLevels(ZoneLow: 50, ZoneHigh: 101, Invalidation: 50), "ob")));
        Assert.Equal(70, c.Plan!.Stop, 9);
        Assert.Equal(0.30, c.Plan.StopDistance, 9);
    }

    [Fact]
    public void Score_InvalidationJustBelow_StopIsClampedTo10Percent() =>
        Assert.Equal(90, Score(With(Passing(), LayerVerdict.Of(LayerId.L03OrderBlocks, Vote.Bullish, 1.0, new LayerLevels(ZoneLow: 99, ZoneHigh: 101, Invalidation: 99), "ob"))).Plan!.Stop, 9);

    [Fact]
    public void Score_BearishPoints_SubtractAndAbstentionsDoNotCount()
    {
        var verdicts = Passing();
        var withBear = Score(With(verdicts, LayerVerdict.Of(LayerId.L04Volume, Vote.Bearish, 1.0, LayerLevels.None, "b"))).Score;
        Assert.True(withBear < Score(verdicts).Score);
        var allAbstain = verdicts.Select(v => LayerVerdict.Abstain(v.Layer, "x")).ToArray();
        Assert.Equal(0, Score(allAbstain).Score);
    }

    [Fact]
    public void Score_CustomWeights_ChangeTheScore()
    {
        var heavyVolume = new LayerWeights([1, 1, 1, 100, 1, 1, 1, 1, 1, 1, 1]);
        var c = new ConfluenceScorer().Score(Coin, 0, Price, Passing(), false, heavyVolume);
        Assert.True(c.Score < 10);
    }

    [Fact]
    public void Rank_OrdersPassingThenScoreThenSymbol()
    {
        var a = Score(Passing()) with { Symbol = new Symbol("B", "USDT") };
        var b = a with { Symbol = new Symbol("A", "USDT") };
        var low = a with { Symbol = new Symbol("C", "USDT"), Passed = false, Score = 99 };
        var ranked = ConfluenceScorer.Rank([low, a, b]);
        Assert.Equal(["A/USDT", "B/USDT", "C/USDT"], ranked.Select(c => c.Symbol.ToString()));
    }
}
