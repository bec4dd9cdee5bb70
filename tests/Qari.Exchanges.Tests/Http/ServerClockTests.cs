using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Http;

public sealed class ServerClockTests
{
    [Fact]
    public async Task MeasureAsync_ServerAhead_CorrectsNowByTheOffsetAtTheRoundTripMidpoint()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new ServerClock(time);
        var offset = await clock.MeasureAsync(_ =>
        {
            var serverTime = time.GetUtcNow().AddSeconds(3).AddMilliseconds(100);
            time.Advance(TimeSpan.FromMilliseconds(200));
            return Task.FromResult(Result<DateTimeOffset>.Ok(serverTime));
        }, CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(3), offset.Value);
        Assert.Equal(time.GetUtcNow().AddSeconds(3), clock.Now);
        Assert.False(clock.IsStale(TimeSpan.FromMinutes(1)));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(clock.IsStale(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task MeasureAsync_ServerTimeFails_KeepsTheOldOffsetAndPassesTheError()
    {
        var clock = new ServerClock(new FakeTimeProvider());
        var result = await clock.MeasureAsync(_ => Task.FromResult(Result<DateTimeOffset>.Fail(new Error(ErrorKind.Network, "x", "down"))), CancellationToken.None);
        Assert.Equal(ErrorKind.Network, result.Error!.Kind);
        Assert.Equal(TimeSpan.Zero, clock.Offset);
        Assert.True(clock.IsStale(TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task Invalidate_AfterMeasure_MakesItStale()
    {
        var time = new FakeTimeProvider();
        var clock = new ServerClock(time);
        await clock.MeasureAsync(_ => Task.FromResult(Result<DateTimeOffset>.Ok(time.GetUtcNow())), CancellationToken.None);
        clock.Invalidate();
        Assert.True(clock.IsStale(TimeSpan.FromDays(1)));
    }
}
