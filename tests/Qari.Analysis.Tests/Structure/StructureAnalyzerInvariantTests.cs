using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

public class StructureAnalyzerInvariantTests
{
    /// <summary>A seeded random walk with flat zero-volume candles (exchange outages) and occasional crashes.</summary>
    private static IEnumerable<Bar> Walk(int seed, int count, long step)
    {
        var rng = new Random(seed);
        var price = 100.0;
        for (var i = 0; i < count; i++)
        {
            var t = TestBars.TimeOf(i, step);
            if (rng.NextDouble() < 0.02)
            {
                yield return new Bar(t, price, price, price, price, 0);
                continue;
            }
            var open = price;
            var move = (rng.NextDouble() - 0.5) * 0.02 * price;
            if (rng.NextDouble() < 0.003) move = -0.25 * price;
            var close = Math.Max(0.01, open + move);
            var high = Math.Max(open, close) * (1 + rng.NextDouble() * 0.005);
            var low = Math.Min(open, close) * (1 - rng.NextDouble() * 0.005);
            var volume = 100 * (0.2 + rng.NextDouble()) * (move < -0.1 * price ? 20 : 1);
            price = close;
            yield return new Bar(t, open, high, low, close, volume);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Update_RandomWalks_InvariantsHold(int seed)
    {
        var a = new StructureAnalyzer(new StructureSettings(Liquidation: new LiquidationSettings(Timeframe.M15)));
        Swing? previous = null;
        foreach (var bar in Walk(seed, 4000, 15 * 60_000))
        {
            a.Update(bar);
            for (var i = 0; i < a.Structure.Swings.NewSwingCount; i++)
            {
                var s = a.Structure.Swings.NewSwing(i);
                if (previous is { } p) Assert.NotEqual(p.Kind, s.Kind);
                Assert.True(s.ConfirmedTimeMs == bar.OpenTimeMs && s.TimeMs < bar.OpenTimeMs);
                previous = s;
            }
            for (var i = 0; i < a.Structure.NewBreakCount; i++)
            {
                var b = a.Structure.NewBreak(i);
                Assert.True(b.Direction == Direction.Bullish ? bar.Close > b.Level : bar.Close < b.Level);
            }
            Assert.All(a.Liquidity.BuySide, p => Assert.True(p.Price >= bar.High && p.Clarity is >= 0 and <= 1));
            Assert.All(a.Liquidity.SellSide, p => Assert.True(p.Price <= bar.Low && p.Clarity is >= 0 and <= 1));
            Assert.All(a.OrderBlocks.Blocks, o => Assert.True(o.Quality is >= 0 and <= 100 && o.Realism is >= 0 and <= 1 && o.Top >= o.Bottom));
            Assert.All(a.FairValueGaps.Open, g => Assert.True(g.Top > g.Bottom && g.FilledFraction is >= 0 and < 1));
            if (a.ImpulseLegs.Current is { State: not LegState.Invalidated } leg)
                Assert.True(leg.Direction == Direction.Bullish ? leg.EndPrice >= leg.StartPrice : leg.EndPrice <= leg.StartPrice);
        }
        Assert.True(a.Structure.Swings.Swings.Count > 0);
        // The walk contains ~25% one-candle crashes on 20x volume: at least one is flagged.
        Assert.True(a.Liquidation!.Current is not null || a.Liquidation.History.Count > 0);
    }
}
