using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Exponential moving average, as TA-Lib's <c>TA_EMA</c> (default compatibility): k = 2 / (period + 1), seeded
/// with the simple average of the first <see cref="Period"/> values, then <c>ema += (x − ema) · k</c>.
/// Like TA-Lib, the value depends on where the series starts; it converges after a few times the period.
/// </summary>
public sealed class Ema : IValueIndicator, ISeriesIndicator
{
    private readonly double _k;
    private double _seedSum;

    /// <summary>Creates an EMA over <paramref name="period"/> values.</summary>
    public Ema(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _k = TaLib.PeriodToK(period);
    }

    /// <summary>The period (sets the smoothing factor and the seed length).</summary>
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
        if (Count < Period)
        {
            _seedSum += value;
            return;
        }
        if (Count == Period)
        {
            _seedSum += value;
            Value = _seedSum / Period;
            return;
        }
        Value = ((value - Value) * _k) + Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _seedSum = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
