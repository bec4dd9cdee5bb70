using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Analysis.Structure;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L11BtcContextTests
{
    private static readonly Qari.Analysis.Engine.SymbolAnalyzer Coin1 = new();

    private static MarketContext Btc(Trend t4, Trend t1, double drop = 0.0) =>
        new(Btc: new BtcContext(t4, t1, drop, 0.01, 60_000));

    [Fact]
    public void Evaluate_BtcTrendingUp_VotesBullish() =>
        Assert.Equal(Vote.Bullish, Run(new L11BtcContext(), Coin1, Btc(Trend.Bullish, Trend.Bullish)).Vote);

    [Fact]
    public void Evaluate_BtcDownOnBothTimeframes_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L11BtcContext(), Coin1, Btc(Trend.Bearish, Trend.Bearish)).Vote);

    [Fact]
    public void Evaluate_BtcDumping_VetoesEvenInAnUptrend()
    {
        var v = Run(new L11BtcContext(), Coin1, Btc(Trend.Bullish, Trend.Bullish, drop: 0.04));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.True(v.Veto);
    }

    [Fact]
    public void Evaluate_RisingDominance_CapsAnAltAtNeutral()
    {
        var market = Btc(Trend.Bullish, Trend.Bullish) with { Dominance = new BtcDominanceReading(0.58, 0.56, 0) };
        Assert.Equal(Vote.Neutral, Run(new L11BtcContext(), Coin1, market).Vote);
    }

    [Fact]
    public void Evaluate_NoBtc_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L11BtcContext(), Coin1).Vote);
}
