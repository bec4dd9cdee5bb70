namespace Qari.Storage.Candles;

/// <summary>
/// The metadata of a stored series, readable without decoding the candles: where the data came from, its span,
/// count and holes, the decimal scales the values are stored with, and the payload checksum (XxHash3, 64 bit).
/// </summary>
public sealed record CandleSeriesInfo(
    CandleSeriesKey Key,
    string Source,
    int Count,
    long FirstOpenTimeMs,
    long LastOpenTimeMs,
    IReadOnlyList<CandleGap> Gaps,
    byte PriceScale,
    byte VolumeScale,
    byte QuoteVolumeScale,
    bool HasQuoteVolume,
    bool HasTakerBuyVolume,
    ulong Checksum)
{
    /// <summary>Total number of missing candles over all gaps.</summary>
    public long MissingCount => Gaps.Sum(g => g.MissingCount);

    /// <summary>The first open time as a UTC instant.</summary>
    public DateTimeOffset First => DateTimeOffset.FromUnixTimeMilliseconds(FirstOpenTimeMs);

    /// <summary>The last open time as a UTC instant.</summary>
    public DateTimeOffset Last => DateTimeOffset.FromUnixTimeMilliseconds(LastOpenTimeMs);
}
