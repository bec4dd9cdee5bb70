using System.Collections;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Storage.Candles;

/// <summary>
/// A validated candle series held column-wise as scaled 64-bit integers (about 48 bytes per candle instead of
/// ~140 for an array of <see cref="Candle"/>); candles are materialised exactly on access. Open times are strictly
/// ascending and aligned to the timeframe; every candle passed the OHLC sanity check.
/// </summary>
public sealed class CandleSeries : IReadOnlyList<Candle>
{
    private readonly long[] _times;
    private readonly long[] _open, _high, _low, _close, _volume;
    private readonly long[]? _quoteVolume, _takerBuyVolume;

    internal CandleSeries(CandleSeriesInfo info, long[] times, long[] open, long[] high, long[] low, long[] close,
        long[] volume, long[]? quoteVolume, long[]? takerBuyVolume)
    {
        Info = info;
        _times = times;
        _open = open;
        _high = high;
        _low = low;
        _close = close;
        _volume = volume;
        _quoteVolume = quoteVolume;
        _takerBuyVolume = takerBuyVolume;
    }

    /// <summary>The series' metadata (key, source, span, gaps, scales, checksum).</summary>
    public CandleSeriesInfo Info { get; }

    /// <summary>Number of candles.</summary>
    public int Count => _times.Length;

    /// <summary>The open times (Unix ms, UTC), ascending.</summary>
    public ReadOnlySpan<long> OpenTimesMs => _times;

    /// <summary>The candle at <paramref name="index"/>, with every value exactly as imported.</summary>
    public Candle this[int index]
    {
        get
        {
            var ps = Info.PriceScale;
            var vs = Info.VolumeScale;
            return new Candle(
                _times[index],
                ScaledDecimal.FromMantissa(_open[index], ps),
                ScaledDecimal.FromMantissa(_high[index], ps),
                ScaledDecimal.FromMantissa(_low[index], ps),
                ScaledDecimal.FromMantissa(_close[index], ps),
                ScaledDecimal.FromMantissa(_volume[index], vs),
                _quoteVolume is null ? null : ScaledDecimal.FromMantissa(_quoteVolume[index], Info.QuoteVolumeScale),
                _takerBuyVolume is null ? null : ScaledDecimal.FromMantissa(_takerBuyVolume[index], vs));
        }
    }

    /// <summary>The index of the candle opening at <paramref name="openTimeMs"/>, or the bitwise complement of where it would go.</summary>
    public int IndexOf(long openTimeMs) => Array.BinarySearch(_times, openTimeMs);

    /// <summary>All candles as a list (materialises every decimal; prefer the indexer for large series).</summary>
    public IReadOnlyList<Candle> ToList()
    {
        var list = new Candle[Count];
        for (var i = 0; i < list.Length; i++) list[i] = this[i];
        return list;
    }

    /// <inheritdoc />
    public IEnumerator<Candle> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal CandleSeries WithInfo(CandleSeriesInfo info) =>
        new(info, _times, _open, _high, _low, _close, _volume, _quoteVolume, _takerBuyVolume);

    internal long[] Times => _times;
    internal long[] Open => _open;
    internal long[] High => _high;
    internal long[] Low => _low;
    internal long[] Close => _close;
    internal long[] Volume => _volume;
    internal long[]? QuoteVolume => _quoteVolume;
    internal long[]? TakerBuyVolume => _takerBuyVolume;

    /// <summary>
    /// Builds a series from candles: checks ascending unique aligned open times and OHLC sanity, finds the gaps and
    /// picks the smallest scales that hold every value exactly. The first problem fails the whole build.
    /// </summary>
    public static Result<CandleSeries> Create(CandleSeriesKey key, string source, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var step = key.Timeframe.Milliseconds();
        var n = candles.Count;
        var times = new long[n];
        byte priceScale = 0, volumeScale = 0, quoteScale = 0;
        var quoteCount = 0;
        var takerCount = 0;
        for (var i = 0; i < n; i++)
        {
            var c = candles[i];
            var where = $"{key}: candle {i + 1} (open time {c.OpenTimeMs})";
            if (c.Problem() is { } problem) return Fail(where, problem);
            if (key.Timeframe.FloorMs(c.OpenTimeMs) != c.OpenTimeMs) return Fail(where, $"open time is not aligned to {key.Timeframe.Name()}");
            if (i > 0 && c.OpenTimeMs <= times[i - 1])
                return Fail(where, c.OpenTimeMs == times[i - 1] ? "duplicate open time" : "open times are not ascending");
            times[i] = c.OpenTimeMs;
            priceScale = Max(priceScale, c.Open, c.High, c.Low, c.Close);
            volumeScale = Max(volumeScale, c.Volume, c.TakerBuyVolume ?? 0m);
            if (c.QuoteVolume is { } q) { quoteCount++; quoteScale = Max(quoteScale, q); }
            if (c.TakerBuyVolume is not null) takerCount++;
        }
        if (quoteCount != 0 && quoteCount != n) return Fail(key.ToString(), "quote volume is present on some candles only");
        if (takerCount != 0 && takerCount != n) return Fail(key.ToString(), "taker-buy volume is present on some candles only");
        if (priceScale > ScaledDecimal.MaxScale || volumeScale > ScaledDecimal.MaxScale || quoteScale > ScaledDecimal.MaxScale)
            return Fail(key.ToString(), $"values need more than {ScaledDecimal.MaxScale} decimal places");

        var info = new CandleSeriesInfo(key, source, n, n > 0 ? times[0] : 0, n > 0 ? times[^1] : 0,
            CandleGapFinder.Find(times, step), priceScale, volumeScale, quoteScale, quoteCount > 0, takerCount > 0, 0);
        var open = new long[n];
        var high = new long[n];
        var low = new long[n];
        var close = new long[n];
        var volume = new long[n];
        var quote = quoteCount > 0 ? new long[n] : null;
        var taker = takerCount > 0 ? new long[n] : null;
        for (var i = 0; i < n; i++)
        {
            var c = candles[i];
            if (!ScaledDecimal.TryToMantissa(c.Open, priceScale, out open[i])
                || !ScaledDecimal.TryToMantissa(c.High, priceScale, out high[i])
                || !ScaledDecimal.TryToMantissa(c.Low, priceScale, out low[i])
                || !ScaledDecimal.TryToMantissa(c.Close, priceScale, out close[i])
                || !ScaledDecimal.TryToMantissa(c.Volume, volumeScale, out volume[i])
                || (quote is not null && !ScaledDecimal.TryToMantissa(c.QuoteVolume!.Value, quoteScale, out quote[i]))
                || (taker is not null && !ScaledDecimal.TryToMantissa(c.TakerBuyVolume!.Value, volumeScale, out taker[i])))
            {
                return Fail($"{key}: candle {i + 1} (open time {c.OpenTimeMs})",
                    "a value does not fit 63 bits at the series' decimal places");
            }
        }
        return new CandleSeries(info, times, open, high, low, close, volume, quote, taker);
    }

    private static byte Max(byte current, params ReadOnlySpan<decimal> values)
    {
        foreach (var v in values) current = Math.Max(current, ScaledDecimal.NeededScale(v));
        return current;
    }

    private static Error Fail(string where, string problem) => Error.Validation("candles.invalid", $"{where}: {problem}");
}
