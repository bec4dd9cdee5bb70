using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// MACD (default 12/26/9), as TA-Lib's <c>TA_MACD</c>, including its start-up quirk: both EMAs start on the same
/// bar (the slow period's last), so the fast EMA is seeded with the mean of the <em>last</em> fast-period closes
/// before that bar, not the first ones. The signal is an EMA of the MACD line seeded with the mean of its first
/// values; all three outputs appear together after <c>slow + signal − 1</c> bars, as in TA-Lib.
/// </summary>
public sealed class Macd : IBarIndicator, ISeriesIndicator
{
    private readonly RollingWindow _recent;
    private readonly Ema _signal;
    private readonly double _kFast;
    private readonly double _kSlow;
    private double _slowSeed;
    private double _fast;
    private double _slow;

    /// <summary>Creates a MACD; like TA-Lib, the periods are swapped when slow is shorter than fast.</summary>
    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        if (slowPeriod < fastPeriod) (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        SignalPeriod = signalPeriod;
        _kFast = TaLib.PeriodToK(fastPeriod);
        _kSlow = TaLib.PeriodToK(slowPeriod);
        _recent = new RollingWindow(fastPeriod);
        _signal = new Ema(signalPeriod);
    }

    /// <summary>The fast EMA period.</summary>
    public int FastPeriod { get; }

    /// <summary>The slow EMA period.</summary>
    public int SlowPeriod { get; }

    /// <summary>The signal EMA period.</summary>
    public int SignalPeriod { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => SlowPeriod + SignalPeriod - 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= WarmUpPeriod;

    /// <summary>Fast EMA − slow EMA.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>EMA of the MACD line.</summary>
    public double Signal { get; private set; } = double.NaN;

    /// <summary>MACD − signal.</summary>
    public double Histogram { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar) => Update(bar.Close);

    /// <inheritdoc />
    public void Update(double value)
    {
        Count++;
        if (Count < SlowPeriod)
        {
            _slowSeed += value;
            _recent.Add(value);
            return;
        }
        if (Count == SlowPeriod)
        {
            _slowSeed += value;
            _recent.Add(value);
            _slow = _slowSeed / SlowPeriod;
            var fastSeed = 0.0;
            for (var age = FastPeriod - 1; age >= 0; age--) fastSeed += _recent.Back(age);
            _fast = fastSeed / FastPeriod;
        }
        else
        {
            _slow = ((value - _slow) * _kSlow) + _slow;
            _fast = ((value - _fast) * _kFast) + _fast;
        }
        var line = _fast - _slow;
        _signal.Update(line);
        if (!_signal.IsReady) return;
        Value = line;
        Signal = _signal.Value;
        Histogram = line - Signal;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _recent.Clear();
        _signal.Reset();
        _slowSeed = 0.0;
        _fast = 0.0;
        _slow = 0.0;
        Count = 0;
        Value = double.NaN;
        Signal = double.NaN;
        Histogram = double.NaN;
    }
}
