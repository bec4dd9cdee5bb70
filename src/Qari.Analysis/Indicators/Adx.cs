using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Average directional index with +DI and −DI, as TA-Lib's <c>TA_ADX</c>: +DM/−DM and true range are summed over
/// the first <c>period − 1</c> moves, then Wilder-smoothed (<c>s − s/n + x</c>); DX = 100·|−DI − +DI|/(−DI + +DI);
/// the first ADX is the mean of the first <c>period</c> DX values, then <c>adx = (adx·(n − 1) + dx)/n</c>.
/// +DI/−DI are available from bar <c>period + 1</c>, the ADX from bar <c>2·period</c> (TA-Lib's lookback 2n − 1).
/// </summary>
public sealed class Adx : IValueIndicator
{
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private double _plusDm;
    private double _minusDm;
    private double _tr;
    private double _sumDx;
    private double _adx;

    /// <summary>Creates an ADX over <paramref name="period"/> bars.</summary>
    public Adx(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
    }

    /// <summary>The smoothing period.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => 2 * Period;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= WarmUpPeriod;

    /// <summary>True once +DI and −DI hold values (from bar <c>period + 1</c>).</summary>
    public bool IsDirectionalReady => Count > Period;

    /// <summary>The ADX.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>The positive directional indicator (+DI).</summary>
    public double PlusDi { get; private set; } = double.NaN;

    /// <summary>The negative directional indicator (−DI).</summary>
    public double MinusDi { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        if (Count == 1)
        {
            _previousHigh = bar.High;
            _previousLow = bar.Low;
            _previousClose = bar.Close;
            return;
        }
        var diffPlus = bar.High - _previousHigh;
        var diffMinus = _previousLow - bar.Low;
        _previousHigh = bar.High;
        _previousLow = bar.Low;
        var seeding = Count <= Period;
        if (!seeding)
        {
            _minusDm -= _minusDm / Period;
            _plusDm -= _plusDm / Period;
        }
        if (diffMinus > 0 && diffPlus < diffMinus) _minusDm += diffMinus;
        else if (diffPlus > 0 && diffPlus > diffMinus) _plusDm += diffPlus;
        var tr = TaLib.TrueRange(bar.High, bar.Low, _previousClose);
        _previousClose = bar.Close;
        if (seeding)
        {
            _tr += tr;
            return;
        }
        _tr = _tr - (_tr / Period) + tr;
        if (TaLib.IsZero(_tr))
        {
            // TA-Lib skips DX (and keeps the ADX) when the smoothed range is zero, e.g. during a trading halt.
            if (Count == 2 * Period) Publish(_sumDx / Period);
            return;
        }
        var minusDi = 100.0 * (_minusDm / _tr);
        var plusDi = 100.0 * (_plusDm / _tr);
        MinusDi = minusDi;
        PlusDi = plusDi;
        var sumDi = minusDi + plusDi;
        var hasDx = !TaLib.IsZero(sumDi);
        var dx = hasDx ? 100.0 * (Math.Abs(minusDi - plusDi) / sumDi) : 0.0;
        if (Count < 2 * Period)
        {
            if (hasDx) _sumDx += dx;
        }
        else if (Count == 2 * Period)
        {
            if (hasDx) _sumDx += dx;
            Publish(_sumDx / Period);
        }
        else if (hasDx)
        {
            Publish(((_adx * (Period - 1)) + dx) / Period);
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _previousHigh = _previousLow = _previousClose = 0.0;
        _plusDm = _minusDm = _tr = _sumDx = _adx = 0.0;
        Count = 0;
        Value = PlusDi = MinusDi = double.NaN;
    }

    private void Publish(double adx)
    {
        _adx = adx;
        Value = adx;
    }
}
