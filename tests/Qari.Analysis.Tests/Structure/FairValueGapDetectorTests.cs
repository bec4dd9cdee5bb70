using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class FairValueGapDetectorTests
{
    private static FairValueGapDetector Run(Trend bias, double middleVolume, double thirdLow, params Bar[] after)
    {
        var d = new FairValueGapDetector();
        var bars = TestBars.Retime(TestBars.Flat(20, 9.5)
            .Append(new Bar(0, 9.5, 10, 9, 9.8, 100))
            .Append(new Bar(0, 10, 13, 9.9, 12.9, middleVolume))
            .Append(new Bar(0, 12.9, 13.5, thirdLow, 13.2, 100))
            .Concat(after));
        foreach (var b in bars) d.Update(b, bias);
        return d;
    }

    [Fact]
    public void Update_ImpulsiveGapWithVolumeAlignedWithBias_GradeA()
    {
        var d = Run(Trend.Bullish, 300, 11);
        var g = Assert.Single(d.Open);
        Assert.Equal(Direction.Bullish, g.Direction);
        Assert.Equal((11.0, 10.0), (g.Top, g.Bottom));
        Assert.Equal(TestBars.TimeOf(21), g.TimeMs);
        Assert.Equal(TestBars.TimeOf(22), g.ConfirmedTimeMs);
        Assert.Equal(Grade.A, g.Grade);
        Assert.True(g.Impulsive && g.WithVolume && g.Aligned);
        Assert.False(g.IsFilled);
        Assert.Equal(g, d.NewGap);
    }

    [Fact]
    public void Update_NotAligned_GradeB() => Assert.Equal(Grade.B, Assert.Single(Run(Trend.Range, 300, 11).Open).Grade);

    [Fact]
    public void Update_AgainstBiasWithoutVolume_GradeC() => Assert.Equal(Grade.C, Assert.Single(Run(Trend.Bearish, 100, 11).Open).Grade);

    [Fact]
    public void Update_ThirdLowBelowFirstHigh_NoGap() => Assert.Empty(Run(Trend.Bullish, 300, 9.95).History);

    [Fact]
    public void Update_GapSmallerThanMinimum_NoGap() => Assert.Empty(Run(Trend.Bullish, 300, 10.05).History);

    [Fact]
    public void Update_PriceTradesBack_PartialThenFull()
    {
        var partial = Run(Trend.Bullish, 300, 11, new Bar(0, 13, 13.2, 10.5, 12, 100));
        Assert.Equal(0.5, Assert.Single(partial.Open).FilledFraction, 9);

        var full = Run(Trend.Bullish, 300, 11, new Bar(0, 13, 13.2, 10.5, 12, 100), new Bar(0, 12, 12.2, 9.9, 10.2, 100));
        Assert.Empty(full.Open);
        var filled = full.History[^1];
        Assert.True(filled.IsFilled);
        Assert.Equal(TestBars.TimeOf(24), filled.FilledTimeMs);
        Assert.Equal(1, filled.FilledFraction);
    }

    [Fact]
    public void Update_BearishGap_Detected()
    {
        var d = new FairValueGapDetector();
        var bars = TestBars.Retime(TestBars.Flat(20, 20)
            .Append(new Bar(0, 20, 20.5, 19.5, 19.6, 100))
            .Append(new Bar(0, 19.5, 19.6, 16, 16.2, 300))
            .Append(new Bar(0, 16.2, 18.5, 15.5, 16, 100)));
        foreach (var b in bars) d.Update(b, Trend.Bearish);
        var g = Assert.Single(d.Open);
        Assert.Equal((Direction.Bearish, 19.5, 18.5, Grade.A), (g.Direction, g.Top, g.Bottom, g.Grade));
    }
}
