using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class OrderBlockDetectorTests
{
    private static List<IReadOnlyList<OrderBlock>> Run(IEnumerable<Bar> bars, OrderBlockSettings? settings = null)
    {
        var s = new MarketStructure(TestBars.Strength(1));
        var o = new OrderBlockDetector(s, settings);
        var snapshots = new List<IReadOnlyList<OrderBlock>>();
        foreach (var b in bars)
        {
            s.Update(b);
            o.Update(b);
            snapshots.Add(o.Blocks.ToList());
        }
        return snapshots;
    }

    [Fact]
    public void Update_BullishBos_LastDownCandleAtLegOriginIsTheBlock()
    {
        var snaps = Run(TestBars.UpThenDown());
        Assert.Empty(snaps[5]);
        var ob = Assert.Single(snaps[6]);
        Assert.Equal(Direction.Bullish, ob.Direction);
        Assert.Equal((12.0, 9.0), (ob.Top, ob.Bottom));
        Assert.Equal(TestBars.TimeOf(4), ob.TimeMs);
        Assert.Equal(TestBars.TimeOf(6), ob.BreakTimeMs);
        Assert.Equal(BreakKind.Bos, ob.BreakKind);
        Assert.Equal(OrderBlockState.Active, ob.State);
        // 30·(6.5/2.75)/6 displacement + 20 BOS + 20 gap + 7.5 volume + 15 compact.
        Assert.Equal(30 * (6.5 / 2.75) / 6 + 20 + 20 + 7.5 + 15, ob.Quality, 9);
        Assert.InRange(ob.Realism, 0.01, 1);
    }

    [Fact]
    public void Update_Lifecycle_ActiveMitigatedNegatedBreaker()
    {
        var snaps = Run(TestBars.UpThenDown());
        OrderBlock At(int i) => snaps[i].Single(b => b.Index == 4);
        Assert.Equal(OrderBlockState.Active, At(8).State);
        Assert.Equal(OrderBlockState.Mitigated, At(9).State);
        Assert.Equal(TestBars.TimeOf(9), At(9).StateTimeMs);
        // Bar 12 wicks below the bottom (8 < 9) but closes inside: still only mitigated.
        Assert.Equal(OrderBlockState.Mitigated, At(12).State);
        Assert.Equal(OrderBlockState.Negated, At(13).State);
        Assert.Equal(0, At(13).Realism);
        Assert.Equal(OrderBlockState.Breaker, At(14).State);
        Assert.Equal(TestBars.TimeOf(14), At(14).StateTimeMs);
        Assert.True(At(14).Realism > 0);
    }

    [Fact]
    public void Update_BearishChoch_LastUpCandleIsBlockAndNotReused()
    {
        var snaps = Run(TestBars.UpThenDown());
        var bear = snaps[12].Single(b => b.Direction == Direction.Bearish);
        Assert.Equal((15.0, 12.0, 11L, BreakKind.Choch), (bear.Top, bear.Bottom, bear.Index, bear.BreakKind));
        // The bearish BOS at bar 14 leads back to the same candle: no second block.
        Assert.Single(snaps[14], b => b.Direction == Direction.Bearish);
        Assert.Equal(OrderBlockState.Active, snaps[16].Single(b => b.Index == 11).State);
        // The BOS at bar 17 finds the up candle at bar 16.
        Assert.Contains(snaps[17], b => b.Index == 16 && b.Direction == Direction.Bearish && b.Top == 8.8);
    }

    [Fact]
    public void Update_BreakWithoutOpposingCandle_NoBlock()
    {
        // Doji candles (open = close) oppose nothing.
        var bars = TestBars.UpThenDown().Select(b => b with { Open = b.Close }).ToArray();
        Assert.All(Run(bars), Assert.Empty);
    }

    [Fact]
    public void Update_OpposingCandleBeyondLookback_NoBlock()
    {
        // Origin of the BOS at bar 6 is bar 4 (a down candle): with lookback 0 it is still found...
        Assert.NotEmpty(Run(TestBars.UpThenDown(), new OrderBlockSettings(Lookback: 0))[6]);
        // ...but not when that candle is a doji and the next down candle is further back.
        var bars = TestBars.UpThenDown();
        bars[4] = bars[4] with { Open = bars[4].Close };
        Assert.Empty(Run(bars, new OrderBlockSettings(Lookback: 0))[6]);
    }
}
