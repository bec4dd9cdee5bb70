using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Analysis.Series;

/// <summary>
/// The closed candles of one timeframe, oldest first, as analysis input. Appends are validated (aligned to the
/// timeframe, strictly ascending) so every consumer can rely on the order; holes between candles are allowed and
/// counted, because real exchange history has them.
/// </summary>
public sealed class CandleSeries
{
    private Bar[] _bars;

    /// <summary>Creates an empty series for <paramref name="timeframe"/>.</summary>
    public CandleSeries(Timeframe timeframe, int initialCapacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        Timeframe = timeframe;
        _bars = new Bar[initialCapacity];
    }

    /// <summary>The timeframe every bar belongs to.</summary>
    public Timeframe Timeframe { get; }

    /// <summary>Number of bars.</summary>
    public int Count { get; private set; }

    /// <summary>Number of missing candles between consecutive bars appended so far.</summary>
    public long MissingCandles { get; private set; }

    /// <summary>The bar at <paramref name="index"/> (0 = oldest).</summary>
    public ref readonly Bar this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"Series has {Count} bars.");
            return ref _bars[index];
        }
    }

    /// <summary>The newest bar; throws on an empty series (a caller bug).</summary>
    public ref readonly Bar Last => ref this[Count - 1];

    /// <summary>All bars, oldest first, without copying.</summary>
    public ReadOnlySpan<Bar> AsSpan() => _bars.AsSpan(0, Count);

    /// <summary>Appends a closed bar; fails when it is misaligned or not after the newest bar.</summary>
    public Result<int> Append(in Bar bar)
    {
        if (Timeframe.FloorMs(bar.OpenTimeMs) != bar.OpenTimeMs)
            return Error.Validation("series.misaligned", $"{Timeframe.Name()} series: open time {bar.OpenTimeMs} is not aligned to the timeframe");
        if (Count > 0)
        {
            var previous = _bars[Count - 1].OpenTimeMs;
            if (bar.OpenTimeMs <= previous)
                return Error.Validation("series.order", $"{Timeframe.Name()} series: open time {bar.OpenTimeMs} is not after the newest bar's {previous}");
            MissingCandles += (bar.OpenTimeMs - previous) / Timeframe.Milliseconds() - 1;
        }
        if (Count == _bars.Length) Array.Resize(ref _bars, _bars.Length * 2);
        _bars[Count++] = bar;
        return Count - 1;
    }

    /// <summary>Builds a series from model candles (converted to doubles); fails on the first invalid candle.</summary>
    public static Result<CandleSeries> From(Timeframe timeframe, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var series = new CandleSeries(timeframe, Math.Max(1, candles.Count));
        for (var i = 0; i < candles.Count; i++)
        {
            var appended = series.Append(Bar.From(candles[i]));
            if (!appended.IsSuccess) return appended.Error;
        }
        return series;
    }
}
