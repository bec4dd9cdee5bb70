namespace Qari.Model.Market;

/// <summary>
/// One OHLCV candle, keyed by its open time (Unix ms, UTC). Volume is in the base asset; quote volume and
/// taker-buy volume are present only where the source provides them.
/// </summary>
public readonly record struct Candle(
    long OpenTimeMs,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume,
    decimal? QuoteVolume = null,
    decimal? TakerBuyVolume = null)
{
    /// <summary>The open time as a UTC instant.</summary>
    public DateTimeOffset OpenTime => DateTimeOffset.FromUnixTimeMilliseconds(OpenTimeMs);

    /// <summary>Checks OHLC sanity: prices positive, high ≥ max(open, close), low ≤ min(open, close), volume ≥ 0. Returns the problem or null.</summary>
    public string? Problem()
    {
        if (Open <= 0 || High <= 0 || Low <= 0 || Close <= 0) return "prices must be positive";
        if (High < Math.Max(Open, Close)) return "high is below open or close";
        if (Low > Math.Min(Open, Close)) return "low is above open or close";
        if (Volume < 0) return "volume is negative";
        if (QuoteVolume is < 0) return "quote volume is negative";
        return null;
    }
}
