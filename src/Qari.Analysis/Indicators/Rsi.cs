using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Relative strength index with Wilder smoothing, as TA-Lib's <c>TA_RSI</c>: average gain and loss seeded with the
/// mean of the first <see cref="Period"/> changes, then <c>avg = (avg · (n − 1) + change) / n</c>;
/// RSI = 100 · gain / (gain + loss), 0 when both are (TA-Lib-)zero.
/// </summary>
public sealed class Rsi : IValueIndicator, ISeriesIndicator
{
    private double _previous;
    private double _gain;
    private double _loss;

    /// <summary>Creates an RSI over <paramref name="period"/> changes.</summary>
    public Rsi(int period = 14)
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

    /// <inheritdoc />
    public void Update(in Bar bar) => Update(bar.Close);

    /// <inheritdoc />
    public void Update(double value)
    {
        Count++;
        if (Count == 1)
        {
            _previous = value;
            return;
        }
        var change = value - _previous;
        _previous = value;
        if (Count <= Period + 1)
        {
            if (change < 0) _loss -= change;
            else _gain += change;
            if (Count < Period + 1) return;
            _loss /= Period;
            _gain /= Period;
        }
        else
        {
            _loss *= Period - 1;
            _gain *= Period - 1;
            if (change < 0) _loss -= change;
            else _gain += change;
            _loss /= Period;
            _gain /= Period;
        }
        var total = _gain + _loss;
        Value = TaLib.IsZero(total) ? 0.0 : 100.0 * (_gain / total);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _previous = 0.0;
        _gain = 0.0;
        _loss = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
