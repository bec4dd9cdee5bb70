using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L01MarketStructureTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    [Fact]
    public void Evaluate_1dAnd4hHigherHighs_VotesBullishWithFullStrength()
    {
        var v = Run(new L01MarketStructure(), Analyzer(Path(Timeframe.D1, End, 3, Up(100, 12)), Path(Timeframe.H4, End, 4, Up(100, 16))));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Equal(1.0, v.Strength);
        Assert.Equal(10.0, v.Points);
        Assert.Contains("agree", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_1dAnd4hLowerLows_VotesBearish()
    {
        var v = Run(new L01MarketStructure(), Analyzer(Path(Timeframe.D1, End, 3, Down(500, 12)), Path(Timeframe.H4, End, 4, Down(500, 16))));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.Equal(-10.0, v.Points);
        Assert.Contains("blocked", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_1dUpAnd4hDown_IsNeutral()
    {
        var v = Run(new L01MarketStructure(), Analyzer(Path(Timeframe.D1, End, 3, Up(100, 12)), Path(Timeframe.H4, End, 4, Down(500, 16))));
        Assert.Equal(Vote.Neutral, v.Vote);
    }

    [Fact]
    public void Evaluate_TooFewCandles_Abstains()
    {
        var v = Run(new L01MarketStructure(), Analyzer(Path(Timeframe.D1, End, 3, Up(100, 4)), Path(Timeframe.H4, End, 4, Up(100, 16))));
        Assert.Equal(Vote.Abstain, v.Vote);
        Assert.Equal(0.0, v.Points);
    }
}
