using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class ImpulseLegDetectorTests
{
    private static List<ImpulseLeg?> Run(IEnumerable<Bar> bars)
    {
        var s = new MarketStructure(TestBars.Strength(1));
        var d = new ImpulseLegDetector(s);
        var legs = new List<ImpulseLeg?>();
        foreach (var b in bars)
        {
            s.Update(b);
            d.Update(b);
            legs.Add(d.Current);
        }
        return legs;
    }

    [Fact]
    public void Update_BullishBos_LegFromOriginLowToHighExtendsThenCompletes()
    {
        var legs = Run(TestBars.UpThenDown());
        Assert.Null(legs[5]);
        var first = legs[6]!.Value;
        Assert.Equal((Direction.Bullish, 9.0, 16.0, LegState.Developing), (first.Direction, first.StartPrice, first.EndPrice, first.State));
        Assert.Equal(TestBars.TimeOf(4), first.StartTimeMs);
        Assert.Equal(17, legs[7]!.Value.EndPrice); // new high extends the developing leg
        var done = legs[8]!.Value;
        Assert.Equal(LegState.Complete, done.State); // swing high at bar 7 confirmed
        Assert.Equal(TestBars.TimeOf(7), done.EndTimeMs);
    }

    [Fact]
    public void Retracement_Leg9To17_LevelsGoldenPocketAndExtensions()
    {
        var leg = Run(TestBars.UpThenDown())[8]!.Value;
        Assert.Equal(13, leg.Equilibrium, 9);
        Assert.Equal(17 - 0.618 * 8, leg.Retracement(FibonacciRatios.GoldenLow), 9);
        Assert.Equal(17 - 0.786 * 8, leg.Retracement(FibonacciRatios.Deep), 9);
        Assert.Equal(17 - 0.65 * 8, leg.GoldenPocketLow, 9);
        Assert.Equal(17 - 0.618 * 8, leg.GoldenPocketHigh, 9);
        Assert.Equal(9 + 1.272 * 8, leg.Extension(FibonacciRatios.Extension1), 9);
        Assert.Equal(9 + 1.618 * 8, leg.Extension(FibonacciRatios.Extension2), 9);
        Assert.True(leg.IsInGoldenPocket(12));
        Assert.False(leg.IsInGoldenPocket(12.5)); // 0.5625: retraced, but not deep enough
        Assert.False(leg.IsInGoldenPocket(11.5)); // 0.6875: past the pocket
        Assert.True(leg.IsInDiscount(11.5));
        Assert.False(leg.IsInDiscount(13.5));
        Assert.Equal(0.6875, leg.RetracementOf(11.5), 9);
    }

    [Fact]
    public void Update_BearishChoch_ReplacesLegWithBearishOne()
    {
        var legs = Run(TestBars.UpThenDown());
        var bear = legs[12]!.Value;
        Assert.Equal((Direction.Bearish, 15.0, 8.0), (bear.Direction, bear.StartPrice, bear.EndPrice));
        // Bearish leg: retracements go up from the low, extensions go below.
        Assert.Equal(8 + 0.618 * 7, bear.Retracement(FibonacciRatios.GoldenLow), 9);
        Assert.True(bear.Extension(FibonacciRatios.Extension1) < bear.EndPrice);
    }

    [Fact]
    public void Update_CloseBelowLegStart_Invalidates()
    {
        // After the bullish leg 9→17 completes, a close at 8.9 (below its start at 9) invalidates it.
        var bars = TestBars.UpThenDown()[..9].Append(new Bar(TestBars.TimeOf(9), 13.5, 13.5, 8.5, 8.9, 100)).ToArray();
        var s = new MarketStructure(TestBars.Strength(1));
        var d = new ImpulseLegDetector(s);
        foreach (var b in bars)
        {
            s.Update(b);
            d.Update(b);
        }
        // The close below 9 also breaks the swing low at 9 (a CHoCH), so the invalidated leg moved to Previous.
        Assert.Equal(LegState.Invalidated, d.Previous[^1].State);
        Assert.Equal(Direction.Bearish, d.Current!.Value.Direction);
        Assert.True(d.StartedThisBar);
    }
}
