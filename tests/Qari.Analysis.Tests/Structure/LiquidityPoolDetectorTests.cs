using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class LiquidityPoolDetectorTests
{
    private static (LiquidityPoolDetector Pools, List<List<LiquidityPool>> Swept) Run(IEnumerable<Bar> bars)
    {
        var s = new MarketStructure(TestBars.Strength(1));
        var e = new EqualLevelDetector(s);
        var p = new LiquidityPoolDetector(s, e);
        var swept = new List<List<LiquidityPool>>();
        foreach (var b in bars)
        {
            s.Update(b);
            e.Update(b);
            p.Update(b);
            swept.Add(p.SweptThisBar.ToList());
        }
        return (p, swept);
    }

    [Fact]
    public void Update_EqualHighs_BecomeOneClearerBuySidePool()
    {
        var (p, swept) = Run(EqualLevelDetectorTests.DoubleTop(100.05));
        var pool = Assert.Single(p.BuySide);
        Assert.Equal(LiquiditySource.EqualLevel, pool.Source);
        Assert.Equal(100.05, pool.Price);
        Assert.Equal(2, pool.Touches);
        Assert.True(pool.Clarity > LiquidityPoolDetector.ClarityOf(LiquiditySource.Swing, 1, pool.Prominence));
        Assert.InRange(pool.Clarity, 0, 1);
        var low = Assert.Single(p.SellSide);
        Assert.Equal(LiquiditySource.Swing, low.Source);
        Assert.Equal(98.2, low.Price);
        // The first high (100) was traded through by the second (100.05) and left the list then.
        Assert.Equal(100, Assert.Single(swept[3]).Price);
    }

    [Fact]
    public void Update_HighAboveBuySidePool_SweepsIt()
    {
        var bars = TestBars.Retime(EqualLevelDetectorTests.DoubleTop(100.05).Concat(TestBars.HighLow((100.1, 99.5))));
        var (p, swept) = Run(bars);
        Assert.Empty(p.BuySide);
        var s = Assert.Single(swept[^1]);
        Assert.Equal(LiquiditySide.BuySide, s.Side);
        Assert.Equal(100.05, s.Price);
    }

    [Fact]
    public void Update_HighTouchingButNotAbovePool_DoesNotSweep()
    {
        var bars = TestBars.Retime(EqualLevelDetectorTests.DoubleTop(100.05).Concat(TestBars.HighLow((100.05, 99.5))));
        var (p, swept) = Run(bars);
        Assert.Single(p.BuySide);
        Assert.Empty(swept[^1]);
    }

    [Theory]
    [InlineData(43210, 44000, 0.4, 43000, 0.4)]
    [InlineData(39950, 40000, 0.6, 39000, 0.4)]
    [InlineData(45000, 46000, 0.4, 44000, 0.4)]
    [InlineData(0.2345, 0.24, 0.4, 0.23, 0.4)]
    [InlineData(1.04, 1.1, 0.4, 1.0, 0.6)]
    public void Update_Close_RoundNumbersAboveAndBelow(double close, double above, double aboveClarity, double below, double belowClarity)
    {
        var (p, _) = Run([new Bar(TestBars.Start, close, close, close, close, 1)]);
        Assert.Equal(above, p.RoundAbove!.Value.Price, 9);
        Assert.Equal(aboveClarity, p.RoundAbove.Value.Clarity);
        Assert.Equal(below, p.RoundBelow!.Value.Price, 9);
        Assert.Equal(belowClarity, p.RoundBelow.Value.Clarity);
        Assert.Equal(LiquiditySide.BuySide, p.RoundAbove.Value.Side);
        Assert.Equal(LiquiditySource.RoundNumber, p.RoundBelow.Value.Source);
    }

    [Fact]
    public void ClarityOf_MoreTouchesAndProminence_Higher()
    {
        Assert.True(LiquidityPoolDetector.ClarityOf(LiquiditySource.EqualLevel, 3, 0.5) > LiquidityPoolDetector.ClarityOf(LiquiditySource.EqualLevel, 2, 0.5));
        Assert.True(LiquidityPoolDetector.ClarityOf(LiquiditySource.Swing, 1, 1) > LiquidityPoolDetector.ClarityOf(LiquiditySource.Swing, 1, 0));
        Assert.Equal(1.0, LiquidityPoolDetector.ClarityOf(LiquiditySource.EqualLevel, 3, 1), 12);
    }
}
