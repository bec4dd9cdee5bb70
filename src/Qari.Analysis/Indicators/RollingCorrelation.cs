namespace Qari.Analysis.Indicators;

/// <summary>
/// Pearson correlation of two series over the last <see cref="Period"/> pairs, from running sums (the method of
/// TA-Lib's <c>TA_CORREL</c>). Unlike TA-Lib it reports NaN, not 0, when either window is constant, and it does not
/// use TA-Lib's absolute epsilon, which would zero the correlation of low-priced coins. Feed it returns rather than
/// prices when comparing assets.
/// </summary>
public sealed class RollingCorrelation : IIndicator
{
    // A variance term below this share of the sum of squares is rounding noise: the window is constant.
    private const double RelativeNoise = 1e-12;
    private readonly RollingWindow _x;
    private readonly RollingWindow _y;
    private double _sumX, _sumY, _sumXy, _sumX2, _sumY2;

    /// <summary>Creates a correlation over <paramref name="period"/> pairs.</summary>
    public RollingCorrelation(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _x = new RollingWindow(period);
        _y = new RollingWindow(period);
    }

    /// <summary>Number of pairs in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => Period;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= Period;

    /// <summary>The correlation in [−1, 1]; NaN before warm-up or when either window is constant.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Adds the next pair.</summary>
    public void Update(double x, double y)
    {
        Count++;
        if (_x.IsFull)
        {
            var oldX = _x.Oldest;
            var oldY = _y.Oldest;
            _sumX -= oldX;
            _sumY -= oldY;
            _sumXy -= oldX * oldY;
            _sumX2 -= oldX * oldX;
            _sumY2 -= oldY * oldY;
        }
        _x.Add(x);
        _y.Add(y);
        _sumX += x;
        _sumY += y;
        _sumXy += x * y;
        _sumX2 += x * x;
        _sumY2 += y * y;
        if (!_x.IsFull) return;
        var varX = _sumX2 - (_sumX * _sumX / Period);
        var varY = _sumY2 - (_sumY * _sumY / Period);
        if (varX <= RelativeNoise * _sumX2 || varY <= RelativeNoise * _sumY2)
        {
            Value = double.NaN;
            return;
        }
        var r = (_sumXy - (_sumX * _sumY / Period)) / Math.Sqrt(varX * varY);
        Value = Math.Clamp(r, -1.0, 1.0);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _x.Clear();
        _y.Clear();
        _sumX = _sumY = _sumXy = _sumX2 = _sumY2 = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
