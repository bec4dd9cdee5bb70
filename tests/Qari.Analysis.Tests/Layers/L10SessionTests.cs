using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L10SessionTests
{
    private static Qari.Analysis.Engine.SymbolAnalyzer At(long closeMs) =>
        Analyzer(m5: [new Bar(closeMs - 300_000, 100, 101, 99, 100, 10)]);

    [Fact]
    public void Evaluate_WeekdayLondonNewYorkOverlap_VotesBullish() =>
        Assert.Equal(Vote.Bullish, Run(new L10Session(), At(Start + (14 * 3_600_000L))).Vote);

    [Fact]
    public void Evaluate_WeekdayAsia_IsNeutral() =>
        Assert.Equal(Vote.Neutral, Run(new L10Session(), At(Start + (3 * 3_600_000L))).Vote);

    [Fact]
    public void Evaluate_Saturday_VotesBearish()
    {
        var v = Run(new L10Session(), At(Start + (5 * 86_400_000L) + (14 * 3_600_000L)));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.Contains("Saturday", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoCandles_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L10Session(), new Qari.Analysis.Engine.SymbolAnalyzer()).Vote);
}
