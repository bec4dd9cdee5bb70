namespace Qari.Storage.Candles;

/// <summary>A run of missing candles: open times of the first and last missing candle (Unix ms, UTC) and how many are missing.</summary>
public readonly record struct CandleGap(long FirstMissingMs, long LastMissingMs, long MissingCount)
{
    /// <summary>The first missing open time as a UTC instant.</summary>
    public DateTimeOffset FirstMissing => DateTimeOffset.FromUnixTimeMilliseconds(FirstMissingMs);

    /// <summary>The last missing open time as a UTC instant.</summary>
    public DateTimeOffset LastMissing => DateTimeOffset.FromUnixTimeMilliseconds(LastMissingMs);
}
