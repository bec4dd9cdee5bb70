using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L04VolumeTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    [Fact]
    public void Evaluate_VolumeSpikeOnGreenCandleWithRisingObv_VotesBullish()
    {
        var h1 = L02LiquidityTests.WithLast(Path(Timeframe.H1, End, 5, Up(100, 60)), 400, 410, 399, 409, 500);
        var v = Run(new L04Volume(), Analyzer(h1: h1));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("green", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_VolumeSpikeOnRedCandleWithFallingObv_VotesBearish()
    {
        var h1 = L02LiquidityTests.WithLast(Path(Timeframe.H1, End, 5, Down(1000, 60)), 700, 701, 690, 691, 500);
        Assert.Equal(Vote.Bearish, Run(new L04Volume(), Analyzer(h1: h1)).Vote);
    }

    [Fact]
    public void Evaluate_TooFewCandles_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L04Volume(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 3)))).Vote);
}
