namespace Qari.Simulator.Feed;

/// <summary>
/// The simulator's clock: an underlying <see cref="TimeProvider"/> (the system's, or a fake in tests) plus an
/// offset that the control API moves forward. Every dialect's server time, timestamp check and order time reads it.
/// </summary>
public sealed class SimClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    /// <summary>Creates a clock starting at <paramref name="start"/> (or the underlying time when null).</summary>
    public SimClock(TimeProvider inner, DateTimeOffset? start = null)
    {
        _inner = inner;
        if (start is { } s) _offsetTicks = (s - inner.GetUtcNow()).Ticks;
    }

    /// <summary>The underlying time source (used for real delays such as injected latency).</summary>
    public TimeProvider Inner => _inner;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock forward (never back: exchanges' clocks do not run backwards).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
