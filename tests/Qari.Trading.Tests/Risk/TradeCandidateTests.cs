using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

public class TradeCandidateTests
{
    private static TradeCandidate Lazy(Func<string> explanation) => TradeCandidate.WithLazyExplanation(GateFixture.Eth, 72.5m, 1990m, 2010m, 1800m,
        2300m, 2600m, 2.4m, "summary", explanation, ["L1: bullish"]);

    [Fact]
    public void WithLazyExplanation_NotRead_WriterNeverRuns()
    {
        var calls = 0;
        var c = Lazy(() => { calls++; return "text"; });
        Assert.Equal(2300m, c.Target1);
        _ = c.GetHashCode();
        _ = c.Summary;
        Assert.Equal(0, calls);
    }

    [Fact]
    public void WithLazyExplanation_ReadTwice_WrittenOnceAndKept()
    {
        var calls = 0;
        var c = Lazy(() => { calls++; return "order block at 2000"; });
        Assert.Equal("order block at 2000", c.Explanation);
        Assert.Equal("order block at 2000", c.Explanation);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Equals_LazyAndEagerWithTheSameText_EqualWithTheSameHash()
    {
        var lazy = Lazy(() => "why");
        var eager = new TradeCandidate(GateFixture.Eth, 72.5m, 1990m, 2010m, 1800m, 2300m, 2600m, 2.4m, "summary", "why", lazy.LayerVerdicts);
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.NotEqual(eager, Lazy(() => "another reason") with { LayerVerdicts = lazy.LayerVerdicts });
        Assert.Equal("changed", (lazy with { Explanation = "changed" }).Explanation);
    }
}
