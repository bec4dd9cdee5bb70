using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Model.Ids;
using Qari.Trading.Candidates;

namespace Qari.Trading.Tests.Candidates;

public sealed class CandidateMapperTests
{
    private static readonly Symbol Eth = new("ETH", "USDT");

    private static Candidate Candidate(double? target1, double? target2, bool btcVeto = false)
    {
        var plan = new TradePlan(2000, 1980, 2010, "4h order block", 1900, 1890, target1, target2, 2.5);
        LayerVerdict[] verdicts =
        [
            LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 0.6, LayerLevels.None, "1d structure is bullish."),
            btcVeto ? LayerVerdict.Of(LayerId.L11BtcContext, Vote.Bearish, 1.0, LayerLevels.None, "BTC fell 6% in 1h.", veto: true) : LayerVerdict.Abstain(LayerId.L11BtcContext, "BTC quiet."),
        ];
        return new Candidate(Eth, 0, 2000, 72.345, true, Vote.Bullish, [LayerId.L01MarketStructure], [], [], plan, verdicts);
    }

    [Fact]
    public void Map_NoSecondTarget_PutsPt2OutOfReachSoTheRestTrails()
    {
        var mapped = CandidateMapper.Map(Candidate(2300, null));

        Assert.NotNull(mapped);
        Assert.Equal(2300m, mapped.Target1);
        Assert.Equal(decimal.MaxValue, mapped.Target2);
    }

    [Fact]
    public void Map_SecondTargetNotAboveTheFirst_PutsPt2OutOfReach()
    {
        // Live trading once set PT2 = PT1 here, which sold the PT2 share at PT1 too while the backtest trailed it.
        Assert.Equal(decimal.MaxValue, CandidateMapper.Map(Candidate(2300, 2300))!.Target2);
    }

    [Fact]
    public void Map_BothTargets_KeepsThemAndRoundsScoreAndRiskReward()
    {
        var mapped = CandidateMapper.Map(Candidate(2300, 2450))!;

        Assert.Equal(2450m, mapped.Target2);
        Assert.Equal(72.3m, mapped.Score);
        Assert.Equal(2.5m, mapped.RiskReward);
        Assert.Equal(2, mapped.LayerVerdicts.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    public void Map_NoUsableFirstTarget_ReturnsNull(double? target1) => Assert.Null(CandidateMapper.Map(Candidate(target1, null)));

    [Fact]
    public void Map_BtcContextVetoes_FlagsTheCrash()
    {
        Assert.True(CandidateMapper.Map(Candidate(2300, null, btcVeto: true))!.BtcCrash);
        Assert.False(CandidateMapper.Map(Candidate(2300, null))!.BtcCrash);
    }
}
