namespace Qari.Runtime.Demo;

/// <summary>
/// A time source whose date stands still (timestamps and timers stay real): under the simulator's clock it makes
/// market time move only when the replay advances it, so a 5-minute candle passes in exactly one step.
/// </summary>
internal sealed class FrozenTime(DateTimeOffset at) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => at;
}
