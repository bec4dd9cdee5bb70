using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class EqualLevelDetectorTests
{
    internal static (MarketStructure S, EqualLevelDetector E, List<EqualLevel> Events) Run(IEnumerable<Bar> bars)
    {
        var s = new MarketStructure(TestBars.Strength(1));
        var e = new EqualLevelDetector(s);
        var events = new List<EqualLevel>();
        foreach (var b in bars)
        {
            s.Update(b);
            e.Update(b);
            for (var i = 0; i < e.NewLevelCount; i++) events.Add(e.NewLevel(i));
        }
        return (s, e, events);
    }

    internal static Bar[] DoubleTop(double secondHigh) =>
        TestBars.HighLow((99, 98), (100, 99), (99.2, 98.2), (secondHigh, 99.1), (99, 98.3));

    [Fact]
    public void Update_TwoHighsWithinTolerance_ReportsEqualHighsAtTheHigherOne()
    {
        var (_, _, events) = Run(DoubleTop(100.05));
        var e = Assert.Single(events);
        Assert.Equal(SwingKind.High, e.Kind);
        Assert.Equal(100.05, e.Price);
        Assert.Equal(TestBars.TimeOf(1), e.FirstTimeMs);
        Assert.Equal(TestBars.TimeOf(3), e.LastTimeMs);
        Assert.Equal(2, e.Touches);
        Assert.Equal(TestBars.TimeOf(4), e.ConfirmedTimeMs);
    }

    [Fact]
    public void Update_TwoHighsBeyondTolerance_NoEqualHighs()
    {
        var (s, _, events) = Run(DoubleTop(100.2));
        Assert.Empty(events);
        Assert.Equal(2, s.Swings.Swings.Count(x => x.Kind == SwingKind.High));
    }

    [Fact]
    public void Update_ThirdTouch_GrowsTheCluster()
    {
        var bars = TestBars.HighLow((99, 98), (100, 99), (99.2, 98.2), (100.05, 99.1), (99, 98.3), (100.02, 99), (99, 98.4));
        var (_, _, events) = Run(bars);
        Assert.Equal(2, events.Count);
        Assert.Equal(3, events[1].Touches);
        Assert.Equal(100.05, events[1].Price);
        Assert.Equal(TestBars.TimeOf(1), events[1].FirstTimeMs);
        Assert.Equal(TestBars.TimeOf(5), events[1].LastTimeMs);
    }

    [Fact]
    public void Update_EqualLows_ReportedAtTheLowerOne()
    {
        var bars = TestBars.HighLow((101, 100), (100.5, 99), (101.8, 100.8), (101, 99.06), (102, 100.5));
        var e = Assert.Single(Run(bars).Events);
        Assert.Equal(SwingKind.Low, e.Kind);
        Assert.Equal(99, e.Price);
    }

    [Fact]
    public void Update_WithoutStructureUpdate_Throws()
    {
        var s = new MarketStructure(TestBars.Strength(1));
        var e = new EqualLevelDetector(s);
        Assert.Throws<InvalidOperationException>(() => e.Update(TestBars.HighLow((1, 0.5))[0]));
    }
}
