using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Average true range with Wilder smoothing, as TA-Lib's <c>TA_ATR</c>: the first value is the mean of the first
/// <see cref="Period"/> true ranges (which start at the second bar), then <c>atr = (atr · (n − 1) + tr) / n</c>.
/// </summary>
public sealed class Atr : IValueIndicator
{
    private double _previousClose;
    private double _atr;

    /// <summary>Creates an ATR over <paramref name="period"/> true ranges.</summary>
    public Atr(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
    }

    /// <summary>The smoothing period.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => Period + 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= WarmUpPeriod;

    /// <inheritdoc />
    public double Value { get; private set; } = double.NaN;

    /// <summary>The latest true range (NaN on the first bar).</summary>
    public double TrueRange { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        if (Count == 1)
        {
            _previousClose = bar.Close;
            return;
        }
        var tr = TaLib.TrueRange(bar.High, bar.Low, _previousClose);
        _previousClose = bar.Close;
        TrueRange = tr;
        if (Count <= Period + 1)
        {
            _atr += tr;
            if (Count < Period + 1) return;
            _atr /= Period;
        }
        else
        {
            _atr *= Period - 1;
            _atr += tr;
            _atr /= Period;
        }
        Value = _atr;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _previousClose = 0.0;
        _atr = 0.0;
        Count = 0;
        Value = double.NaN;
        TrueRange = double.NaN;
    }
}
