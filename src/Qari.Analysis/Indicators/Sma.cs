using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Simple moving average, as TA-Lib's <c>TA_SMA</c>: a running total that adds the newest value and subtracts the
/// one leaving the window (same order of operations, so the values match TA-Lib bit for bit from the series start).
/// </summary>
public sealed class Sma : IValueIndicator, ISeriesIndicator
{
    private readonly RollingWindow _window;
    private double _total;

    /// <summary>Creates an SMA over <paramref name="period"/> values.</summary>
    public Sma(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _window = new RollingWindow(period);
    }

    /// <summary>Number of values averaged.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => Period;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= Period;

    /// <inheritdoc />
    public double Value { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar) => Update(bar.Close);

    /// <inheritdoc />
    public void Update(double value)
    {
        Count++;
        _window.Add(value);
        _total += value;
        if (!_window.IsFull) return;
        var sum = _total;
        _total -= _window.Oldest;
        Value = sum / Period;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _window.Clear();
        _total = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
