using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L03OrderBlocksTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    [Fact]
    public void Evaluate_ReturnToLastDownCandleBeforeTheBreak_VotesBullishWithZone()
    {
        var v = Run(new L03OrderBlocks(), Analyzer(h1: Path(Timeframe.H1, End, 5, [.. Up(100, 58), 412, 391])));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.True(v.Levels.HasZone);
        Assert.True(v.Levels.ZoneLow <= 391 && v.Levels.ZoneHigh >= 391);
        Assert.Equal(v.Levels.ZoneLow, v.Levels.Invalidation);
    }

    [Fact]
    public void Evaluate_BounceIntoSupplyBlock_VotesBearish()
    {
        var v = Run(new L03OrderBlocks(), Analyzer(h1: Path(Timeframe.H1, End, 5, [.. Down(1000, 58), 688, 709])));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.Contains("supply", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AwayFromAnyZone_IsNeutral() =>
        Assert.Equal(Vote.Neutral, Run(new L03OrderBlocks(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 60)))).Vote);

    [Fact]
    public void Evaluate_TooFewCandles_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L03OrderBlocks(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 6)))).Vote);
}
