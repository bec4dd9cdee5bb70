using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// On-balance volume, as TA-Lib's <c>TA_OBV</c>: starts at the first bar's volume, then adds the volume on an up
/// close, subtracts it on a down close and keeps it on an unchanged close.
/// </summary>
public sealed class Obv : IValueIndicator
{
    private double _previousClose;

    /// <inheritdoc />
    public int WarmUpPeriod => 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= 1;

    /// <inheritdoc />
    public double Value { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        if (Count == 1) Value = bar.Volume;
        else if (bar.Close > _previousClose) Value += bar.Volume;
        else if (bar.Close < _previousClose) Value -= bar.Volume;
        _previousClose = bar.Close;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _previousClose = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
