namespace Qari.Simulator.Feed;

/// <summary>
/// A time source whose date stands still while timestamps and timers stay real: under a <see cref="SimClock"/> it
/// makes market time move only when the clock is advanced (an accelerated replay steps it one candle at a time).
/// </summary>
public sealed class StillTime(DateTimeOffset at) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => at;
}
