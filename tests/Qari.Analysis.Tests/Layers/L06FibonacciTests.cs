using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L06FibonacciTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    [Fact]
    public void Evaluate_PullbackIntoGoldenPocket_VotesBullishWithExtensionTarget()
    {
        var v = Run(new L06Fibonacci(), Analyzer(h1: Path(Timeframe.H1, End, 5, [.. Up(100, 58), 420, 400.6])));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Equal(1.0, v.Strength);
        Assert.Contains("golden pocket", v.Sentence, StringComparison.Ordinal);
        Assert.True(v.Levels.Target2 > v.Levels.Target1);
        Assert.True(v.Levels.Invalidation < v.Levels.ZoneLow);
    }

    [Fact]
    public void Evaluate_BounceIntoDownLegPremium_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L06Fibonacci(), Analyzer(h1: Path(Timeframe.H1, End, 5, [.. Down(1000, 58), 688, 709]))).Vote);

    [Fact]
    public void Evaluate_NoLeg_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L06Fibonacci(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 1)))).Vote);
}
