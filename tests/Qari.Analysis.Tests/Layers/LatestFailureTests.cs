using Qari.Analysis.Layers;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Layers;

/// <summary><see cref="LatestFailure"/> (kept per candle count) must return what the backward walk returns at every moment.</summary>
public sealed class LatestFailureTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Find_RandomListsAndMoments_SameAsTheWalk(bool bullishOnly)
    {
        var random = new Random(7);
        var found = 0;
        var agedOut = 0;
        for (var list = 0; list < 400; list++)
        {
            // Mostly rising times as the detector appends them, sometimes out of order, with every grade and direction.
            var events = new List<SwingFailure>();
            var time = 1_000_000L;
            var n = random.Next(0, 12);
            for (var i = 0; i < n; i++)
            {
                time += random.Next(0, 4) == 0 ? -random.Next(0, 5) * 1_000L : random.Next(0, 5) * 1_000L;
                events.Add(new SwingFailure(random.Next(2) == 0 ? Direction.Bullish : Direction.Bearish, 100, LiquiditySource.Swing, time, 0.1, 0.1, 1, (Grade)random.Next(3), 0.5));
            }
            var latest = new LatestFailure(bullishOnly);
            // The same list (same count) read at moments moving forward, as cycles do, and at arbitrary ones.
            var previous = -1;
            for (var since = time - 20_000L; since <= time + 2_000L; since += random.Next(1, 3_000))
            {
                var expected = LatestFailure.Walk(events, since, bullishOnly);
                var actual = latest.Find(list, events, since);
                Assert.Equal(expected, actual);
                if (actual >= 0)
                {
                    found++;
                    Assert.Equal(events[actual].TimeMs, latest.TimeMs);
                }
                if (previous >= 0 && actual < 0) agedOut++;
                previous = actual;
            }
        }
        Assert.True(found > 100, $"found {found}");
        Assert.True(agedOut > 50, $"aged out {agedOut}");
    }

    [Fact]
    public void Find_NewCount_ReadsTheNewList()
    {
        var latest = new LatestFailure(bullishOnly: false);
        List<SwingFailure> events = [new(Direction.Bullish, 100, LiquiditySource.Swing, 5_000, 0.1, 0.1, 1, Grade.A, 0.5)];
        Assert.Equal(0, latest.Find(1, events, 4_000));
        events.Add(new SwingFailure(Direction.Bearish, 100, LiquiditySource.Swing, 6_000, 0.1, 0.1, 1, Grade.B, 0.5));
        // Same count: the list is taken to be unchanged (the layers only ask again after a candle closed).
        Assert.Equal(0, latest.Find(1, events, 4_000));
        Assert.Equal(1, latest.Find(2, events, 4_000));
        Assert.Equal(-1, latest.Find(2, events, 6_001));
    }
}
