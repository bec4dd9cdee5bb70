namespace Qari.Runtime.Health;

/// <summary>A monotonically increasing count, safe to bump from any thread.</summary>
public sealed class Counter
{
    private long _value;

    /// <summary>The current count.</summary>
    public long Value => Interlocked.Read(ref _value);

    /// <summary>Adds one (or <paramref name="by"/>).</summary>
    public void Increment(long by = 1) => Interlocked.Add(ref _value, by);
}
