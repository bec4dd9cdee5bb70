using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L07IndicatorsTests
{
    private static readonly long End = Start + (40L * 86_400_000);

    [Fact]
    public void Evaluate_SteadyUptrend_VotesBullish()
    {
        var v = Run(new L07Indicators(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 60))));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("EMAs stacked up", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SteadyDowntrend_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L07Indicators(), Analyzer(h1: Path(Timeframe.H1, End, 5, Down(1000, 60)))).Vote);

    [Fact]
    public void Evaluate_BeforeEma200IsReady_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L07Indicators(), Analyzer(h1: Path(Timeframe.H1, End, 5, Up(100, 30)))).Vote);
}
