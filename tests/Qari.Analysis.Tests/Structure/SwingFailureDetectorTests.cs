using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class SwingFailureDetectorTests
{
    private static List<SwingFailure> Run(Bar last)
    {
        var bars = TestBars.Ohlc(
            (11, 11.5, 10.5, 11),
            (11, 11.2, 10.0, 10.5), // swing low 10, confirmed by the next candle
            (10.5, 11.6, 10.4, 11.4),
            (11.4, 11.8, 10.9, 11.2)).Append(last with { OpenTimeMs = TestBars.TimeOf(4) });
        var s = new MarketStructure(TestBars.Strength(1));
        var e = new EqualLevelDetector(s);
        var p = new LiquidityPoolDetector(s, e);
        var f = new SwingFailureDetector(s, p);
        var events = new List<SwingFailure>();
        foreach (var b in bars)
        {
            s.Update(b);
            e.Update(b);
            p.Update(b);
            f.Update(b);
            for (var i = 0; i < f.NewEventCount; i++) events.Add(f.NewEvent(i));
        }
        return events;
    }

    [Fact]
    public void Update_WickBelowSwingLowClosingBackAboveWithVolume_GradeA()
    {
        var sfp = Assert.Single(Run(new Bar(0, 11.2, 11.5, 9.7, 11.1, 300)));
        Assert.Equal(Direction.Bullish, sfp.Direction);
        Assert.Equal(10, sfp.Level);
        Assert.Equal(LiquiditySource.Swing, sfp.Source);
        Assert.Equal(TestBars.TimeOf(4), sfp.TimeMs);
        Assert.Equal(0.3 / 1.075, sfp.WickDepth, 9); // average range of the four candles before
        Assert.Equal(1.4 / 1.8, sfp.Reaction, 9);
        Assert.Equal(3, sfp.VolumeRatio, 9);
        Assert.Equal(Grade.A, sfp.Grade);
        Assert.InRange(sfp.Score, 0.5, 1);
    }

    [Fact]
    public void Update_SameCandleWithoutVolume_GradeB()
    {
        var sfp = Assert.Single(Run(new Bar(0, 11.2, 11.5, 9.7, 11.1, 100)));
        Assert.Equal(Grade.B, sfp.Grade);
    }

    [Fact]
    public void Update_WeakReactionWithoutVolume_GradeC()
    {
        var sfp = Assert.Single(Run(new Bar(0, 11.2, 11.5, 9.7, 10.3, 100)));
        Assert.Equal(Grade.C, sfp.Grade);
    }

    [Fact]
    public void Update_WickBelowThatClosesBelow_IsNotAnSfp() =>
        Assert.Empty(Run(new Bar(0, 11.2, 11.5, 9.7, 9.9, 300)));

    [Fact]
    public void Update_WickToExactlyTheLevel_IsNotAnSfp() =>
        Assert.Empty(Run(new Bar(0, 11.2, 11.5, 10.0, 11.1, 300)));

    [Fact]
    public void Update_WickAboveEqualHighsClosingBackBelow_BearishSfp()
    {
        var bars = TestBars.Retime(EqualLevelDetectorTests.DoubleTop(100.05).Concat([new Bar(0, 99.5, 100.4, 99.4, 99.6, 100)]));
        var s = new MarketStructure(TestBars.Strength(1));
        var e = new EqualLevelDetector(s);
        var p = new LiquidityPoolDetector(s, e);
        var f = new SwingFailureDetector(s, p);
        foreach (var b in bars)
        {
            s.Update(b);
            e.Update(b);
            p.Update(b);
            f.Update(b);
        }
        // The second top itself already wicked above the first (100) and closed back below: an SFP too.
        Assert.Equal(2, f.Events.Count);
        Assert.Equal((100.0, TestBars.TimeOf(3)), (f.Events[0].Level, f.Events[0].TimeMs));
        var sfp = f.Events[1];
        Assert.Equal(Direction.Bearish, sfp.Direction);
        Assert.Equal(100.05, sfp.Level);
        Assert.Equal(LiquiditySource.EqualLevel, sfp.Source);
        Assert.Equal(TestBars.TimeOf(5), sfp.TimeMs);
        Assert.Equal(0.8 / 1.0, sfp.Reaction, 9);
    }
}
