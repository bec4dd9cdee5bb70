using Microsoft.Extensions.Time.Testing;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Feed;

namespace Qari.Simulator.Tests.Feed;

public sealed class ReplayPacerTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly long M5 = 300_000;

    [Fact]
    public async Task RunAsync_EachIntervalOfWallTime_StepsOneCandleAndPlaysIt()
    {
        var (clock, feed, engine, start) = Build();
        var wall = new FakeTimeProvider();
        var pacer = new ReplayPacer(clock, feed, TimeSpan.FromMilliseconds(100), wall, start + 10 * M5);
        using var stop = new CancellationTokenSource();
        var run = pacer.RunAsync(stop.Token);

        for (var step = 1; step <= 3; step++)
        {
            wall.Advance(TimeSpan.FromMilliseconds(100));
            await Until(() => pacer.Steps == step);
        }

        Assert.Equal(start + 3 * M5, clock.GetUtcNow().ToUnixTimeMilliseconds());
        Assert.Equal(103m, engine.Market(Btc)!.LastPrice);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task RunAsync_PausedOrAtTheEndOfTheData_LeavesTheClockStill()
    {
        var (clock, feed, _, start) = Build();
        var wall = new FakeTimeProvider();
        var pacer = new ReplayPacer(clock, feed, TimeSpan.FromMilliseconds(100), wall, start + 2 * M5);
        using var stop = new CancellationTokenSource();
        var run = pacer.RunAsync(stop.Token);
        wall.Advance(TimeSpan.FromMilliseconds(100));
        await Until(() => pacer.Steps == 1);

        pacer.Paused = true;
        for (var i = 0; i < 3; i++) wall.Advance(TimeSpan.FromMilliseconds(100));
        await Task.Delay(50);
        Assert.Equal(1, pacer.Steps);
        pacer.Paused = false;
        for (var i = 0; i < 5; i++)
        {
            wall.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        Assert.True(pacer.Ended);
        Assert.Equal(2, pacer.Steps);
        Assert.Equal(start + 2 * M5, clock.GetUtcNow().ToUnixTimeMilliseconds());
        await stop.CancelAsync();
        await run;
    }

    // Candles 0..19 open every 5 minutes at 100 + i; the clock stands at the close of candle 0.
    private static (SimClock Clock, ReplayFeed Feed, MatchingEngine Engine, long StartMs) Build()
    {
        var startMs = M5 - 1;
        var clock = new SimClock(new StillTime(DateTimeOffset.UnixEpoch), DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        var engine = new MatchingEngine(clock);
        engine.AddMarket(Btc, new InstrumentRules(0.01m, 0.001m, 0.001m, 5m), 100m);
        var library = new CandleLibrary();
        library.Add(Btc, Timeframe.M5, [.. Enumerable.Range(0, 20).Select(i => new Candle(i * M5, 100m + i, 100m + i, 100m + i, 100m + i, 1m))]);
        return (clock, new ReplayFeed(library, engine, startMs), engine, startMs);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
