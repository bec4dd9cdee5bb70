using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L09VwapTests
{
    private static readonly long End = Start + (3L * 86_400_000);

    [Fact]
    public void Evaluate_UptrendAboveSessionAndAnchoredVwap_VotesBullish()
    {
        var v = Run(new L09Vwap(), Analyzer(m5: Path(Timeframe.M5, End, 24, Up(100, 30))));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("anchored VWAP", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DowntrendBelowBoth_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L09Vwap(), Analyzer(m5: Path(Timeframe.M5, End, 24, Down(1000, 30)))).Vote);

    [Fact]
    public void Evaluate_No5mCandles_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L09Vwap(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 30)))).Vote);
}
