using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Confirmed swing highs and lows. A candle is a pivot high when its high is strictly above the highs of the
/// <c>Strength</c> candles before it and at least the highs of the <c>Strength</c> candles after it (so a flat
/// double top yields one pivot, the first); pivot lows mirror this. A pivot is reported only after the
/// <c>Strength</c>-th later candle closed, never earlier. Swings always alternate: when two pivots of the same
/// kind follow each other, the most extreme opposite price between them is inserted as a filler swing, confirmed
/// at the same moment as the second pivot.
/// </summary>
public sealed class SwingDetector
{
    private readonly SwingSettings _settings;
    private readonly RingBuffer<Bar> _window;
    private readonly RingBuffer<Swing> _swings;
    private readonly Swing[] _new = new Swing[3];
    private Extreme _sinceHigh;
    private Extreme _sinceLow;

    /// <summary>Creates a detector with the given settings (defaults when null).</summary>
    public SwingDetector(SwingSettings? settings = null)
    {
        _settings = settings ?? SwingSettings.Default;
        _settings.Validate();
        _window = new RingBuffer<Bar>(2 * _settings.Strength + 1);
        _swings = new RingBuffer<Swing>(_settings.History);
        ResetExtremes();
    }

    /// <summary>The settings in use.</summary>
    public SwingSettings Settings => _settings;

    /// <summary>Candles consumed since construction or the last reset.</summary>
    public long BarCount { get; private set; }

    /// <summary>Candles needed before the first pivot can be confirmed.</summary>
    public int WarmUpPeriod => 2 * _settings.Strength + 1;

    /// <summary>True once enough candles were seen to confirm a pivot.</summary>
    public bool IsReady => BarCount >= WarmUpPeriod;

    /// <summary>Confirmed swings, oldest first (bounded by <see cref="SwingSettings.History"/>).</summary>
    public IReadOnlyList<Swing> Swings => _swings;

    /// <summary>Number of swings confirmed by the latest candle (0–2).</summary>
    public int NewSwingCount { get; private set; }

    /// <summary>The i-th swing confirmed by the latest candle, in the order they were added.</summary>
    public Swing NewSwing(int i) =>
        (uint)i < (uint)NewSwingCount ? _new[i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The latest confirmed swing high, if any.</summary>
    public Swing? LastHigh { get; private set; }

    /// <summary>The latest confirmed swing low, if any.</summary>
    public Swing? LastLow { get; private set; }

    /// <summary>The swing high before <see cref="LastHigh"/>, if any.</summary>
    public Swing? PreviousHigh { get; private set; }

    /// <summary>The swing low before <see cref="LastLow"/>, if any.</summary>
    public Swing? PreviousLow { get; private set; }

    /// <summary>Consumes the next closed candle (candles must arrive in time order).</summary>
    public void Update(in Bar bar)
    {
        if (_window.Count > 0 && bar.OpenTimeMs <= _window.At(_window.Count - 1).OpenTimeMs)
            throw new ArgumentException($"Candle at {bar.OpenTimeMs} is not after the previous one ({_window.Last.OpenTimeMs}); candles must arrive in time order.", nameof(bar));
        _window.Add(bar);
        BarCount++;
        NewSwingCount = 0;
        var n = _settings.Strength;
        var centerPos = _window.Count - 1 - n;
        if (centerPos < 0) return;
        ref readonly var center = ref _window.At(centerPos);
        var centerIndex = BarCount - 1 - n;
        var isHigh = false;
        var isLow = false;
        if (_window.Count == _window.Capacity)
        {
            isHigh = IsPivotHigh(center.High, n);
            isLow = IsPivotLow(center.Low, n);
        }

        if (isHigh && isLow)
        {
            // An outside candle that is both: add the one that alternates with the last swing first.
            var highFirst = _swings.Count == 0 || _swings.Last.Kind == SwingKind.Low;
            Register(highFirst ? SwingKind.High : SwingKind.Low, center, centerIndex, bar.OpenTimeMs);
            Register(highFirst ? SwingKind.Low : SwingKind.High, center, centerIndex, bar.OpenTimeMs);
        }
        else if (isHigh) Register(SwingKind.High, center, centerIndex, bar.OpenTimeMs);
        else if (isLow) Register(SwingKind.Low, center, centerIndex, bar.OpenTimeMs);

        if (!isHigh) _sinceHigh.Take(center, centerIndex);
        if (!isLow) _sinceLow.Take(center, centerIndex);
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _window.Clear();
        _swings.Clear();
        BarCount = 0;
        NewSwingCount = 0;
        LastHigh = LastLow = PreviousHigh = PreviousLow = null;
        ResetExtremes();
    }

    private bool IsPivotHigh(double high, int n)
    {
        for (var j = 0; j < n; j++)
            if (_window.At(j).High >= high) return false;
        for (var j = n + 1; j < _window.Count; j++)
            if (_window.At(j).High > high) return false;
        return true;
    }

    private bool IsPivotLow(double low, int n)
    {
        for (var j = 0; j < n; j++)
            if (_window.At(j).Low <= low) return false;
        for (var j = n + 1; j < _window.Count; j++)
            if (_window.At(j).Low < low) return false;
        return true;
    }

    private void Register(SwingKind kind, in Bar center, long centerIndex, long confirmedMs)
    {
        if (_swings.Count > 0 && _swings.Last.Kind == kind)
        {
            // Keep alternation: the most extreme opposite price since the previous same-kind pivot.
            var filler = kind == SwingKind.High ? _sinceHigh : _sinceLow;
            if (filler.Index >= 0)
            {
                Add(new Swing(kind == SwingKind.High ? SwingKind.Low : SwingKind.High, filler.Price, filler.TimeMs,
                    filler.Index, confirmedMs, IsFiller: true));
            }
        }
        var price = kind == SwingKind.High ? center.High : center.Low;
        Add(new Swing(kind, price, center.OpenTimeMs, centerIndex, confirmedMs));
    }

    private void Add(in Swing swing)
    {
        _swings.Add(swing);
        _new[NewSwingCount++] = swing;
        if (swing.Kind == SwingKind.High)
        {
            PreviousHigh = LastHigh;
            LastHigh = swing;
            // Lows after this high are the candidates for a filler low before the next high.
            _sinceHigh = Extreme.EmptyLow;
        }
        else
        {
            PreviousLow = LastLow;
            LastLow = swing;
            _sinceLow = Extreme.EmptyHigh;
        }
    }

    private void ResetExtremes()
    {
        _sinceHigh = Extreme.EmptyLow;
        _sinceLow = Extreme.EmptyHigh;
    }

    /// <summary>Running lowest low (after a swing high) or highest high (after a swing low).</summary>
    private struct Extreme
    {
        public bool TracksLow;
        public double Price;
        public long TimeMs;
        public long Index;

        public static Extreme EmptyLow => new() { TracksLow = true, Price = double.PositiveInfinity, Index = -1 };

        public static Extreme EmptyHigh => new() { TracksLow = false, Price = double.NegativeInfinity, Index = -1 };

        public void Take(in Bar bar, long index)
        {
            if (TracksLow ? bar.Low < Price : bar.High > Price)
            {
                Price = TracksLow ? bar.Low : bar.High;
                TimeMs = bar.OpenTimeMs;
                Index = index;
            }
        }
    }
}
