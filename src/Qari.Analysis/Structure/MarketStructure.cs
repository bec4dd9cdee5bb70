using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Swings, trend and structure breaks of one series.
/// Trend: bullish when the last swing high is above the one before and the last swing low above the one before
/// (HH + HL), bearish for LH + LL, otherwise range. Breaks: the most recent confirmed swing high (low) is the
/// level to watch; the first candle that <em>closes</em> above (below) it breaks it, once. A break in the same
/// direction as the previous break — or the very first break — is a BOS; a break against it is a CHoCH and
/// flips the structure direction. A filler swing (see <see cref="SwingDetector"/>) that candles after it had already
/// closed beyond by the time it was confirmed is not watched.
/// </summary>
public sealed class MarketStructure
{
    private readonly MarketStructureSettings _settings;
    private readonly SwingDetector _swings;
    private readonly BarHistory _bars;
    private readonly RingBuffer<StructureBreak> _breaks;
    private readonly RollingMean _range;
    private readonly RollingMean _volume;
    private Swing? _watchHigh;
    private Swing? _watchLow;

    /// <summary>Creates the tracker with the given settings (defaults when null).</summary>
    public MarketStructure(MarketStructureSettings? settings = null)
    {
        _settings = settings ?? MarketStructureSettings.Default;
        _settings.Validate();
        _swings = new SwingDetector(_settings.Swings);
        _bars = new BarHistory(_settings.BarHistory);
        _breaks = new RingBuffer<StructureBreak>(_settings.BreakHistory);
        _range = new RollingMean(_settings.AverageLength);
        _volume = new RollingMean(_settings.AverageLength);
    }

    /// <summary>Mean high–low range of the <c>AverageLength</c> candles before the latest one (the latest's own range before that).</summary>
    public double AverageRange { get; private set; }

    /// <summary>Mean volume of the <c>AverageLength</c> candles before the latest one (0 before the second candle).</summary>
    public double AverageVolume { get; private set; }

    /// <summary>The swing detector (already updated with the latest candle).</summary>
    public SwingDetector Swings => _swings;

    /// <summary>Recent candles by absolute index.</summary>
    public BarHistory Bars => _bars;

    /// <summary>Trend from the last two swing highs and lows.</summary>
    public Trend Trend { get; private set; }

    /// <summary>Direction of the last break, or null before the first break.</summary>
    public Direction? StructureDirection { get; private set; }

    /// <summary>Recent BOS/CHoCH events, oldest first.</summary>
    public IReadOnlyList<StructureBreak> Breaks => _breaks;

    /// <summary>Number of breaks caused by the latest candle (0–2).</summary>
    public int NewBreakCount { get; private set; }

    /// <summary>The latest break, if any.</summary>
    public StructureBreak? LastBreak => _breaks.Count == 0 ? null : _breaks.Last;

    /// <summary>The i-th break caused by the latest candle.</summary>
    public StructureBreak NewBreak(int i) =>
        (uint)i < (uint)NewBreakCount ? _breaks.FromEnd(NewBreakCount - 1 - i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The swing high that a close above would break now, if any.</summary>
    public Swing? PendingHigh => _watchHigh;

    /// <summary>The swing low that a close below would break now, if any.</summary>
    public Swing? PendingLow => _watchLow;

    /// <summary>Consumes the next closed candle.</summary>
    public void Update(in Bar bar)
    {
        if (_bars.Count > 0 && bar.OpenTimeMs <= _bars.Last.OpenTimeMs)
            throw new ArgumentException($"Candle at {bar.OpenTimeMs} is not after the previous one ({_bars.Last.OpenTimeMs}); candles must arrive in time order.", nameof(bar));
        // Averages describe the candles before this one, so a spike is measured against what preceded it.
        AverageRange = _range.Count == 0 ? bar.Range : _range.Mean;
        AverageVolume = _volume.Mean;
        _range.Add(bar.Range);
        _volume.Add(bar.Volume);
        _bars.Add(bar);
        _swings.Update(bar);
        NewBreakCount = 0;
        for (var i = 0; i < _swings.NewSwingCount; i++)
        {
            var s = _swings.NewSwing(i);
            if (s.IsFiller && ExceededSince(s, byClose: true)) continue;
            if (s.Kind == SwingKind.High) _watchHigh = s;
            else _watchLow = s;
        }
        Trend = ReadTrend();

        var index = _bars.Count - 1;
        if (_watchHigh is { } high && bar.Close > high.Price)
        {
            AddBreak(Direction.Bullish, high, bar, index);
            _watchHigh = null;
        }
        if (_watchLow is { } low && bar.Close < low.Price)
        {
            AddBreak(Direction.Bearish, low, bar, index);
            _watchLow = null;
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _swings.Reset();
        _bars.Clear();
        _breaks.Clear();
        _range.Reset();
        _volume.Reset();
        AverageRange = AverageVolume = 0;
        _watchHigh = _watchLow = null;
        Trend = Trend.Range;
        StructureDirection = null;
        NewBreakCount = 0;
    }

    /// <summary>
    /// True when a kept candle after <paramref name="s"/> (up to the latest) went beyond it: closed beyond it when
    /// <paramref name="byClose"/>, otherwise traded beyond it. A filler swing is confirmed late (with the next
    /// same-kind pivot), so its level may already have been taken by the time it is known; such a level is not
    /// watched for breaks or offered as liquidity, rather than being reported late.
    /// </summary>
    public bool ExceededSince(in Swing s, bool byClose)
    {
        for (var i = Math.Max(s.Index + 1, _bars.OldestIndex); i < _bars.Count; i++)
        {
            ref readonly var b = ref _bars.At(i);
            var beyond = s.Kind == SwingKind.High ? (byClose ? b.Close : b.High) > s.Price : (byClose ? b.Close : b.Low) < s.Price;
            if (beyond) return true;
        }
        return false;
    }

    private Trend ReadTrend()
    {
        if (_swings is not { LastHigh: { } h, PreviousHigh: { } ph, LastLow: { } l, PreviousLow: { } pl }) return Trend.Range;
        if (h.Price > ph.Price && l.Price > pl.Price) return Trend.Bullish;
        if (h.Price < ph.Price && l.Price < pl.Price) return Trend.Bearish;
        return Trend.Range;
    }

    private void AddBreak(Direction direction, in Swing swing, in Bar bar, long index)
    {
        var kind = StructureDirection is { } current && current != direction ? BreakKind.Choch : BreakKind.Bos;
        StructureDirection = direction;
        var from = Math.Max(swing.Index + 1, _bars.OldestIndex);
        var originIndex = index;
        var origin = direction == Direction.Bullish ? bar.Low : bar.High;
        for (var i = index - 1; i >= from; i--)
        {
            ref readonly var b = ref _bars.At(i);
            if (direction == Direction.Bullish ? b.Low < origin : b.High > origin)
            {
                origin = direction == Direction.Bullish ? b.Low : b.High;
                originIndex = i;
            }
        }
        _breaks.Add(new StructureBreak(kind, direction, swing.Price, swing.TimeMs, swing.Index, bar.OpenTimeMs, index,
            bar.Close, origin, _bars.At(originIndex).OpenTimeMs, originIndex));
        NewBreakCount++;
    }
}
