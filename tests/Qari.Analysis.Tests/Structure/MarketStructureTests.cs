using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class MarketStructureTests
{
    private static (MarketStructure Structure, List<StructureBreak> Breaks, List<Trend> Trends) Run(IEnumerable<Bar> bars)
    {
        var m = new MarketStructure(TestBars.Strength(1));
        var breaks = new List<StructureBreak>();
        var trends = new List<Trend>();
        foreach (var b in bars)
        {
            m.Update(b);
            for (var i = 0; i < m.NewBreakCount; i++) breaks.Add(m.NewBreak(i));
            trends.Add(m.Trend);
        }
        return (m, breaks, trends);
    }

    [Fact]
    public void Update_UpThenDown_BosThenChochThenBos()
    {
        var (m, breaks, _) = Run(TestBars.UpThenDown());
        Assert.Equal(
            new (BreakKind, Direction, double, long, long)[]
            {
                (BreakKind.Bos, Direction.Bullish, 14, TestBars.TimeOf(2), TestBars.TimeOf(6)),
                (BreakKind.Choch, Direction.Bearish, 10, TestBars.TimeOf(10), TestBars.TimeOf(12)),
                (BreakKind.Bos, Direction.Bearish, 8, TestBars.TimeOf(12), TestBars.TimeOf(14)),
                (BreakKind.Bos, Direction.Bearish, 6, TestBars.TimeOf(15), TestBars.TimeOf(17)),
            },
            breaks.Select(b => (b.Kind, b.Direction, b.Level, b.SwingTimeMs, b.TimeMs)));
        Assert.Equal(Direction.Bearish, m.StructureDirection);
        Assert.Equal(breaks, m.Breaks);
    }

    [Fact]
    public void Update_BullishBos_OriginIsLowestLowOfTheBreakingLeg()
    {
        var (_, breaks, _) = Run(TestBars.UpThenDown());
        Assert.Equal(9, breaks[0].OriginPrice);
        Assert.Equal(4, breaks[0].OriginIndex);
        Assert.Equal(TestBars.TimeOf(4), breaks[0].OriginTimeMs);
        Assert.Equal(15, breaks[1].OriginPrice);
        Assert.Equal(11, breaks[1].OriginIndex);
    }

    [Fact]
    public void Update_WickBelowSwingLowButCloseAbove_IsNoBreak()
    {
        var bars = TestBars.UpThenDown()[..12].Append(new Bar(TestBars.TimeOf(12), 14.5, 14.5, 9.2, 10.4, 100));
        var (m, breaks, _) = Run(bars);
        Assert.Single(breaks); // only the bullish BOS at bar 6
        Assert.Equal(0, m.NewBreakCount);
        Assert.Equal(10, m.PendingLow!.Value.Price);
    }

    [Fact]
    public void Update_CloseExactlyAtLevel_IsNoBreak()
    {
        var bars = TestBars.UpThenDown()[..6].Append(new Bar(TestBars.TimeOf(6), 13.5, 16, 13.5, 14, 100));
        Assert.Empty(Run(bars).Breaks);
    }

    [Fact]
    public void Trend_UpThenDown_BullishThenRangeThenBearish()
    {
        var (_, _, trends) = Run(TestBars.UpThenDown());
        Assert.Equal(Trend.Range, trends[10]); // only one swing low confirmed so far
        Assert.Equal(Trend.Bullish, trends[11]); // HH 14→17, HL 9→10
        Assert.Equal(Trend.Range, trends[12]); // LH 17→15 with HL
        Assert.Equal(Trend.Bearish, trends[13]); // LH and LL 10→8
    }

    [Fact]
    public void AverageRange_AfterASpike_ExcludesTheLatestCandle()
    {
        var m = new MarketStructure(TestBars.Strength(1));
        foreach (var b in TestBars.Flat(5, 100)) m.Update(b);
        m.Update(new Bar(TestBars.TimeOf(5), 100, 110, 90, 100, 1000));
        Assert.Equal(1, m.AverageRange, 12);
        Assert.Equal(100, m.AverageVolume, 12);
    }
}
