namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// Our machine's clock as seen by an adapter: another clock (the simulator's) plus an offset a test can step, as an NTP
/// correction or a resumed virtual machine steps a real one, so the exchange's measured offset goes stale.
/// </summary>
internal sealed class SteppingClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far this clock is from the inner one.</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
