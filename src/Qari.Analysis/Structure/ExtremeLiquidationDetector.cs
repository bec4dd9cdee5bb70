using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Extreme liquidation events. Triggers when, on the latest candle, the low is at least <c>Drop</c> below the
/// highest high of the candles that opened within the last <c>WindowMinutes</c> (current candle included; a gap
/// in the data shortens the window, never stretches it) and the mean volume of
/// those candles is at least <c>MinRelativeVolume</c> times the mean volume of the <c>BaselineHours</c> before
/// them. When open interest and/or cumulative volume delta are supplied (for the window start and now), they are
/// required too: open interest down by <c>OpenInterestCollapse</c> and CVD falling over the window. While flagged,
/// new lows extend the event. It <b>settles</b> on the first candle that opens at least <c>SettleHours</c> after
/// the candle that made the event's low, with the window's mean volume back at or below
/// <c>SettleRelativeVolume</c> times the baseline frozen at the trigger. Needs no other detector.
/// </summary>
public sealed class ExtremeLiquidationDetector
{
    private readonly LiquidationSettings _settings;
    private readonly RingBuffer<Bar> _window;
    private readonly RollingMean _baseline;
    private readonly RingBuffer<double?> _openInterest;
    private readonly RingBuffer<double?> _cvd;
    private readonly RingBuffer<LiquidationEvent> _history;

    /// <summary>Creates the detector with the given settings (1h candles and defaults when null).</summary>
    public ExtremeLiquidationDetector(LiquidationSettings? settings = null)
    {
        _settings = settings ?? new LiquidationSettings();
        _settings.Validate();
        _window = new RingBuffer<Bar>(_settings.WindowCandles);
        _baseline = new RollingMean(_settings.BaselineCandles);
        _openInterest = new RingBuffer<double?>(_settings.WindowCandles + 1);
        _cvd = new RingBuffer<double?>(_settings.WindowCandles + 1);
        _history = new RingBuffer<LiquidationEvent>(16);
    }

    /// <summary>The settings in use.</summary>
    public LiquidationSettings Settings => _settings;

    /// <summary>True while an event has not settled: normal entries on the symbol are blocked.</summary>
    public bool IsFlagged => Current is { IsActive: true };

    /// <summary>The running event, or the last one after it settled; null before any.</summary>
    public LiquidationEvent? Current { get; private set; }

    /// <summary>Earlier events (settled), oldest first.</summary>
    public IReadOnlyList<LiquidationEvent> History => _history;

    /// <summary>True when the latest candle triggered an event.</summary>
    public bool TriggeredThisBar { get; private set; }

    /// <summary>True when the latest candle settled the event.</summary>
    public bool SettledThisBar { get; private set; }

    /// <summary>True once half the baseline has been seen; no event triggers before.</summary>
    public bool IsReady => _baseline.Count * 2 >= _settings.BaselineCandles;

    /// <summary>Consumes the next closed candle, with open interest and CVD at its close when available.</summary>
    public void Update(in Bar bar, double? openInterest = null, double? cumulativeVolumeDelta = null)
    {
        if (_window.Count > 0 && bar.OpenTimeMs <= _window.At(_window.Count - 1).OpenTimeMs)
            throw new ArgumentException($"Candle at {bar.OpenTimeMs} is not after the previous one ({_window.Last.OpenTimeMs}); candles must arrive in time order.", nameof(bar));
        TriggeredThisBar = SettledThisBar = false;
        if (_window.Count == _window.Capacity) _baseline.Add(_window.At(0).Volume);
        _window.Add(bar);
        _openInterest.Add(openInterest);
        _cvd.Add(cumulativeVolumeDelta);

        // The window is a time span: after a gap in the data, older candles fall out of it.
        var earliest = bar.OpenTimeMs - (_settings.WindowCandles - 1) * ((long)_settings.CandleTimeframe * 60_000L);

        if (Current is { IsActive: true } ev)
        {
            var windowVolume = WindowVolume(earliest);
            if (bar.Low < ev.LowPrice) ev = ev with { LowPrice = bar.Low, LowTimeMs = bar.OpenTimeMs };
            var quietLongEnough = bar.OpenTimeMs - ev.LowTimeMs >= _settings.SettleHours * 3_600_000L;
            var volumeNormal = ev.BaselineVolume > 0 && windowVolume <= _settings.SettleRelativeVolume * ev.BaselineVolume;
            if (quietLongEnough && volumeNormal)
            {
                ev = ev with { SettledTimeMs = bar.OpenTimeMs };
                _history.Add(ev);
                SettledThisBar = true;
            }
            Current = ev;
            return;
        }

        // The window's mean volume is only needed once the drop qualifies (almost never): the peak alone decides first.
        var peak = 0.0;
        for (var i = 0; i < _window.Count; i++)
        {
            ref readonly var b = ref _window.At(i);
            if (b.OpenTimeMs >= earliest) peak = Math.Max(peak, b.High);
        }
        var baseline = _baseline.Mean;
        if (!IsReady || baseline <= 0 || peak <= 0) return;
        var drop = (peak - bar.Low) / peak;
        if (drop < _settings.Drop) return;
        var relativeVolume = WindowVolume(earliest) / baseline;
        if (relativeVolume < _settings.MinRelativeVolume) return;
        if (!OpenInterestCollapsed() || !DeltaFalling()) return;
        Current = new LiquidationEvent(bar.OpenTimeMs, peak, bar.Low, bar.OpenTimeMs, drop, relativeVolume, baseline, null);
        TriggeredThisBar = true;
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _window.Clear();
        _baseline.Reset();
        _openInterest.Clear();
        _cvd.Clear();
        _history.Clear();
        Current = null;
        TriggeredThisBar = SettledThisBar = false;
    }

    // Summed oldest first, as the mean has always been summed (the same bits).
    private double WindowVolume(long earliest)
    {
        var volume = 0.0;
        var inWindow = 0;
        for (var i = 0; i < _window.Count; i++)
        {
            ref readonly var b = ref _window.At(i);
            if (b.OpenTimeMs < earliest) continue;
            volume += b.Volume;
            inWindow++;
        }
        return volume / inWindow;
    }

    private bool OpenInterestCollapsed()
    {
        if (_openInterest.Count < 2 || _openInterest[0] is not { } start || _openInterest.Last is not { } now || start <= 0)
            return true; // Not configured or not known for this window: the price and volume rule decides alone.
        return (start - now) / start >= _settings.OpenInterestCollapse;
    }

    private bool DeltaFalling()
    {
        if (_cvd.Count < 2 || _cvd[0] is not { } start || _cvd.Last is not { } now) return true;
        return now < start;
    }
}
