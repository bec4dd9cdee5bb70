using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Bollinger bands, as TA-Lib's <c>TA_BBANDS</c> with an SMA middle: middle = SMA(period); the deviation is the
/// population standard deviation from running sums (√(mean of squares − middle²), 0 when that is TA-Lib-zero or
/// negative); bands = middle ± deviations · σ.
/// </summary>
public sealed class BollingerBands : IBarIndicator, ISeriesIndicator
{
    private readonly RollingWindow _window;
    private readonly double _deviationsUp;
    private readonly double _deviationsDown;
    private double _total;
    private double _totalSquares;

    /// <summary>Creates bands over <paramref name="period"/> values, <paramref name="deviations"/> standard deviations wide each side.</summary>
    public BollingerBands(int period = 20, double deviations = 2.0)
        : this(period, deviations, deviations)
    {
    }

    /// <summary>Creates bands with separate upper and lower widths.</summary>
    public BollingerBands(int period, double deviationsUp, double deviationsDown)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _deviationsUp = deviationsUp;
        _deviationsDown = deviationsDown;
        _window = new RollingWindow(period);
    }

    /// <summary>Number of values in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => Period;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= Period;

    /// <summary>The middle band (SMA).</summary>
    public double Middle { get; private set; } = double.NaN;

    /// <summary>The upper band.</summary>
    public double Upper { get; private set; } = double.NaN;

    /// <summary>The lower band.</summary>
    public double Lower { get; private set; } = double.NaN;

    /// <summary>The population standard deviation of the window.</summary>
    public double StandardDeviation { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar) => Update(bar.Close);

    /// <inheritdoc />
    public void Update(double value)
    {
        Count++;
        _window.Add(value);
        _total += value;
        _totalSquares += value * value;
        if (!_window.IsFull) return;
        var oldest = _window.Oldest;
        var sum = _total;
        _total -= oldest;
        var middle = sum / Period;
        var meanSquares = _totalSquares / Period;
        _totalSquares -= oldest * oldest;
        meanSquares -= middle * middle;
        var sigma = TaLib.IsZeroOrNegative(meanSquares) ? 0.0 : Math.Sqrt(meanSquares);
        Middle = middle;
        StandardDeviation = sigma;
        if (_deviationsUp == _deviationsDown)
        {
            var width = sigma * _deviationsUp;
            Upper = middle + width;
            Lower = middle - width;
        }
        else
        {
            Upper = middle + (sigma * _deviationsUp);
            Lower = middle - (sigma * _deviationsDown);
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _window.Clear();
        _total = 0.0;
        _totalSquares = 0.0;
        Count = 0;
        Middle = Upper = Lower = StandardDeviation = double.NaN;
    }
}
