using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class SwingDetectorTests
{
    private static SwingDetector Run(SwingSettings settings, IEnumerable<Bar> bars, List<Swing>? collected = null)
    {
        var d = new SwingDetector(settings);
        foreach (var b in bars)
        {
            d.Update(b);
            for (var i = 0; i < d.NewSwingCount; i++) collected?.Add(d.NewSwing(i));
        }
        return d;
    }

    [Fact]
    public void Update_PivotWithTwoLowerHighsEachSide_ConfirmedOnlyTwoCandlesLater()
    {
        var bars = TestBars.HighLow((10, 9), (11, 10), (12, 11), (11, 10), (10, 9));
        var d = new SwingDetector(new SwingSettings(2));
        for (var i = 0; i < 4; i++) d.Update(bars[i]);
        Assert.Empty(d.Swings); // pivot at bar 2 not yet confirmed: only one candle after it

        d.Update(bars[4]);
        var s = Assert.Single(d.Swings);
        Assert.Equal(SwingKind.High, s.Kind);
        Assert.Equal(12, s.Price);
        Assert.Equal(TestBars.TimeOf(2), s.TimeMs);
        Assert.Equal(2, s.Index);
        Assert.Equal(TestBars.TimeOf(4), s.ConfirmedTimeMs);
        Assert.Equal(1, d.NewSwingCount);
        Assert.Equal(s, d.LastHigh);
    }

    [Fact]
    public void Update_HigherHighOnRightSide_IsNotASwing()
    {
        var bars = TestBars.HighLow((10, 9.5), (11, 10.5), (12, 11.5), (11, 10.5), (12.5, 12));
        Assert.Empty(Run(new SwingSettings(2), bars).Swings);
    }

    [Fact]
    public void Update_EqualHighOnLeftSide_IsNotASwing()
    {
        var bars = TestBars.HighLow((10, 9.5), (12, 11.5), (12, 11.6), (11, 10.5), (10, 9.6));
        var d = Run(new SwingSettings(2), bars);
        Assert.DoesNotContain(d.Swings, s => s.Kind == SwingKind.High);
    }

    [Fact]
    public void Update_FlatDoubleTop_OnlyFirstCandleIsThePivot()
    {
        var bars = TestBars.HighLow((10, 9.5), (11, 10.5), (12, 11.5), (12, 11.4), (11, 10.5), (10, 9.6));
        var highs = Run(new SwingSettings(2), bars).Swings.Where(s => s.Kind == SwingKind.High).ToList();
        var s = Assert.Single(highs);
        Assert.Equal(2, s.Index);
    }

    [Fact]
    public void Update_TwoPivotHighsInARow_InsertsLowestLowBetweenAsFiller()
    {
        // Strength 1: pivot highs at bars 1 and 4; lows keep falling in between, so no pivot low separates them.
        var bars = TestBars.HighLow((10, 9), (12, 10), (11, 9.8), (11.5, 9.6), (13, 9.4), (12, 9.3));
        var list = new List<Swing>();
        Run(new SwingSettings(1), bars, list);
        Assert.Equal(new[] { SwingKind.High, SwingKind.Low, SwingKind.High }, list.Select(s => s.Kind));
        Assert.True(list[1].IsFiller);
        Assert.Equal(9.6, list[1].Price);
        Assert.Equal(3, list[1].Index);
        Assert.Equal(TestBars.TimeOf(5), list[1].ConfirmedTimeMs);
        Assert.Equal(13, list[2].Price);
    }

    [Fact]
    public void Update_UpThenDownSequence_SwingsAlternateAtKnownBars()
    {
        var list = new List<Swing>();
        Run(new SwingSettings(1), TestBars.UpThenDown(), list);
        Assert.Equal(
            new (SwingKind, double, long)[]
            {
                (SwingKind.High, 14, 2), (SwingKind.Low, 9, 4), (SwingKind.High, 17, 7), (SwingKind.Low, 10, 10),
                (SwingKind.High, 15, 11), (SwingKind.Low, 8, 12), (SwingKind.High, 10, 13), (SwingKind.Low, 6, 15),
                (SwingKind.High, 8.8, 16),
            },
            list.Select(s => (s.Kind, s.Price, s.Index)));
        for (var i = 1; i < list.Count; i++) Assert.NotEqual(list[i - 1].Kind, list[i].Kind);
    }

    [Fact]
    public void Reset_AfterRun_StartsOver()
    {
        var d = Run(new SwingSettings(1), TestBars.UpThenDown());
        d.Reset();
        Assert.Empty(d.Swings);
        Assert.Null(d.LastHigh);
        Assert.Equal(0, d.BarCount);
        foreach (var b in TestBars.UpThenDown()) d.Update(b);
        Assert.Equal(9, d.Swings.Count);
    }

    [Fact]
    public void Constructor_ZeroStrength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SwingDetector(new SwingSettings(0)));
}
