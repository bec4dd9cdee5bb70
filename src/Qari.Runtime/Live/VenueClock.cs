namespace Qari.Runtime.Live;

/// <summary>
/// Market time as the venue last reported it: the runtime's cycle and the engine's events carry the exchange's
/// clock (which an accelerated simulator moves in candle steps), never the local wall clock.
/// </summary>
public sealed class VenueClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>Records the venue's time (never moves back).</summary>
    public void Observe(DateTimeOffset venueNow)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _ticks);
            if (venueNow.UtcTicks <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _ticks, venueNow.UtcTicks, seen) != seen);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
}
