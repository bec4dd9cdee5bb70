using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Http;

public sealed class RateGateTests
{
    private static readonly Endpoint Heavy = new("heavy", HttpMethod.Get, "/heavy", Signed: false, Weight: 4, KeyWeight: 1);
    private static readonly RateLimitPolicy Policy = new(
    [
        new RateLimitRule("W", RateLimitScope.Ip, 10, TimeSpan.FromMinutes(1)),
        new RateLimitRule("K", RateLimitScope.Key, 100, TimeSpan.FromMinutes(1)),
    ]);

    [Fact]
    public async Task AcquireAsync_WindowUsedUp_WaitsForTheNextWindow()
    {
        // System time: the limiters only replenish once a real window has elapsed.
        var policy = new RateLimitPolicy([new RateLimitRule("W", RateLimitScope.Ip, 10, TimeSpan.FromSeconds(2))]);
        using var registry = new RateLimitRegistry(TimeProvider.System);
        var gate = registry.ForIp(ExchangeId.Binance, "1.2.3.4", policy);
        Assert.True((await gate.AcquireAsync(Heavy, CancellationToken.None)).IsSuccess);
        Assert.True((await gate.AcquireAsync(Heavy, CancellationToken.None)).IsSuccess);
        var third = gate.AcquireAsync(Heavy, CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(30))).IsSuccess);
    }

    [Fact]
    public async Task AcquireAsync_OnAFakeClock_WaitsUntilItsWindowEndsAndCountsTheWait()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 12, 0, 0, TimeSpan.Zero));
        using var registry = new RateLimitRegistry(time);
        var gate = registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy);
        Assert.True((await gate.AcquireAsync(Heavy, CancellationToken.None)).IsSuccess);
        Assert.True((await gate.AcquireAsync(Heavy, CancellationToken.None)).IsSuccess);
        var third = gate.AcquireAsync(Heavy, CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        Assert.Equal(1, registry.Waits);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        using var registry = new RateLimitRegistry(new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 12, 0, 0, TimeSpan.Zero)));
        var gate = registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy);
        await gate.AcquireAsync(Heavy, CancellationToken.None);
        await gate.AcquireAsync(Heavy, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = gate.AcquireAsync(Heavy, cts.Token).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ForIp_ExtraIpRules_AreAppliedOnTopOfThePolicy()
    {
        using var registry = new RateLimitRegistry(new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 12, 0, 0, TimeSpan.Zero)))
        {
            ExtraIpRules = [new RateLimitRule("TEST", RateLimitScope.Ip, 5, TimeSpan.FromDays(1))],
        };
        var gate = registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy);
        await gate.AcquireAsync(Heavy, CancellationToken.None);
        Assert.Equal(1, gate.Available()["TEST"]);
        Assert.Equal(6, gate.Available()["W"]);
    }

    [Fact]
    public async Task BackOff_RetryAfter_RefusesLocallyUntilThen()
    {
        var time = new FakeTimeProvider();
        using var registry = new RateLimitRegistry(time);
        var gate = registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy);
        gate.BackOff(time.GetUtcNow().AddSeconds(30));
        var refused = await gate.AcquireAsync(Heavy, CancellationToken.None);
        Assert.Equal(ErrorKind.RateLimited, refused.Error!.Kind);
        Assert.Equal("backoff", refused.Error.Code);
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.True((await gate.AcquireAsync(Heavy, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public void ForIp_SameExchangeAndIp_IsOneSharedGate()
    {
        using var registry = new RateLimitRegistry(new FakeTimeProvider());
        Assert.Same(registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy), registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy));
        Assert.NotSame(registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy), registry.ForIp(ExchangeId.Binance, "5.6.7.8", Policy));
        Assert.NotSame(registry.ForIp(ExchangeId.Binance, "1.2.3.4", Policy), registry.ForIp(ExchangeId.Bybit, "1.2.3.4", Policy));
        Assert.NotSame(registry.ForKey(ExchangeId.Binance, "a", Policy), registry.ForKey(ExchangeId.Binance, "b", Policy));
    }

    [Fact]
    public async Task Available_AfterAcquire_CountsTheWeight()
    {
        using var registry = new RateLimitRegistry(new FakeTimeProvider());
        var gate = registry.ForIp(ExchangeId.Binance, "ip", Policy);
        await gate.AcquireAsync(Heavy, CancellationToken.None);
        Assert.Equal(6, gate.Available()["W"]);
    }
}
