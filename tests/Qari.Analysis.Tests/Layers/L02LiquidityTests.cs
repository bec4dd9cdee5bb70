using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L02LiquidityTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    internal static Bar[] WithLast(Bar[] bars, double o, double h, double l, double c, double volume = 400) =>
        [.. bars, new Bar(bars[^1].OpenTimeMs + 3_600_000, o, h, l, c, volume)];

    [Fact]
    public void Evaluate_WickBelowSwingLowClosingBackAbove_VotesBullishWithTargetAndInvalidation()
    {
        var h1 = WithLast(Path(Timeframe.H1, End - 3_600_000, 5, [.. Up(100, 58), 396]), 394, 395, 386, 393.5);
        var v = Run(new L02Liquidity(), Analyzer(h1: h1));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("swing failure", v.Sentence, StringComparison.Ordinal);
        Assert.True(v.Levels.Target1 > 393.5);
        Assert.True(v.Levels.Invalidation < 389.6);
    }

    [Fact]
    public void Evaluate_WickAboveSwingHighClosingBackBelow_VotesBearish()
    {
        var h1 = WithLast(Path(Timeframe.H1, End - 3_600_000, 5, [.. Down(1000, 58), 704]), 706, 714, 705, 706.5);
        Assert.Equal(Vote.Bearish, Run(new L02Liquidity(), Analyzer(h1: h1)).Vote);
    }

    [Fact]
    public void Evaluate_NoSweep_IsNeutralAndReportsLiquidity()
    {
        var v = Run(new L02Liquidity(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 60))));
        Assert.Equal(Vote.Neutral, v.Vote);
        Assert.Contains("buy-side liquidity above", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TooFewCandles_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L02Liquidity(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 6)))).Vote);
}
