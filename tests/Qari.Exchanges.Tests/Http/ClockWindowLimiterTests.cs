using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Http;

public sealed class ClockWindowLimiterTests
{
    // A whole minute, so windows start where the test expects them to.
    private static readonly DateTimeOffset Start = new(2026, 1, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AcquireAsync_WindowUsedUp_WaitsUntilTheInjectedClockReachesTheNextWindow()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 10);
        Assert.True((await limiter.AcquireAsync(6)).IsAcquired);
        Assert.True((await limiter.AcquireAsync(4)).IsAcquired);
        var waiting = limiter.AcquireAsync(3).AsTask();
        Assert.False(waiting.IsCompleted);
        Assert.Equal(1, limiter.Waits);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(lease.IsAcquired);
        Assert.Equal(7, limiter.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireAsync_ClockJumpsIntoTheNextWindow_GrantsWithoutWaitingForATimer()
    {
        // The demo's clock: market time jumps when the replay steps; its timers run on wall time and need not fire.
        var time = new JumpingClock(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 10);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        Assert.False(limiter.AttemptAcquire(1).IsAcquired);
        time.Now = Start.AddMinutes(5);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        Assert.Equal(0, limiter.Waits);
    }

    [Fact]
    public async Task AcquireAsync_WaitingWhenTheClockJumps_IsGrantedOnTryReplenish()
    {
        var time = new JumpingClock(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 10);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        var waiting = limiter.AcquireAsync(5).AsTask();
        Assert.False(waiting.IsCompleted);
        Assert.False(limiter.TryReplenish());
        time.Now = Start.AddMinutes(1);
        Assert.True(limiter.TryReplenish());
        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndLeavesTheQueue()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 10);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        using var cts = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(8, cts.Token).AsTask();
        Assert.Equal(8, limiter.GetStatistics()!.CurrentQueuedCount);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task AcquireAsync_LargeRequestQueuedFirst_IsNotOvertakenBySmallerOnes()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 20);
        Assert.True((await limiter.AcquireAsync(8)).IsAcquired);
        var large = limiter.AcquireAsync(9).AsTask();
        var small = limiter.AcquireAsync(1).AsTask();
        Assert.False(small.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await large.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.True((await small.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_RefusesAtOnce()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 5);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        _ = limiter.AcquireAsync(5);
        Assert.False((await limiter.AcquireAsync(1)).IsAcquired);
    }

    [Fact]
    public async Task Dispose_WithWaiters_RefusesThem()
    {
        var time = new FakeTimeProvider(Start);
        var limiter = new ClockWindowLimiter(time, permits: 10, TimeSpan.FromMinutes(1), queueLimit: 10);
        Assert.True((await limiter.AcquireAsync(10)).IsAcquired);
        var waiting = limiter.AcquireAsync(1).AsTask();
        limiter.Dispose();
        Assert.False((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    /// <summary>A clock set by the test; its timers are the system's (they must not matter).</summary>
    private sealed class JumpingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
