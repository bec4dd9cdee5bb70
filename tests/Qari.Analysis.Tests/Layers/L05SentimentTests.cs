using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L05SentimentTests
{
    private static readonly SymbolAnalyzerHolder Empty = new();

    [Fact]
    public void Evaluate_BroadStrength_VotesBullish()
    {
        var v = Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(20, 0.75, 0.6)));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("75% above", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BroadWeakness_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(20, 0.2, 0.1))).Vote);

    [Fact]
    public void Evaluate_MostBelowEma50AndMostlyBearishStructure_VotesBearishFromBothShares()
    {
        var v = Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(20, 0.2, 0.0, 0.6)));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.Equal(0.7, v.Strength, 9);
        Assert.Contains("60% bearish", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BelowEma50ButStructureRanging_IsNeutralNotBearish()
    {
        // No pair in a bullish 4h structure, but none in a bearish one either: ranging is not bearish evidence.
        var v = Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(6, 0.33, 0.0, 0.17)));
        Assert.Equal(Vote.Neutral, v.Vote);
    }

    [Fact]
    public void Evaluate_ExtremeGreed_CapsBullishAtNeutral()
    {
        var v = Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(20, 0.75, 0.6), FearGreed: new FearGreedReading(90, 0)));
        Assert.Equal(Vote.Neutral, v.Vote);
        Assert.Contains("extreme greed", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TooFewPairsAndNoFearGreed_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L05Sentiment(), Empty.Analyzer, new MarketContext(Breadth: new MarketBreadth(3, 1, 1))).Vote);

    private sealed class SymbolAnalyzerHolder
    {
        public Qari.Analysis.Engine.SymbolAnalyzer Analyzer { get; } = new();
    }
}
