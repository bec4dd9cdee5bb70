using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Relative volume: this bar's volume divided by the simple average volume of the <see cref="Period"/> bars
/// before it (the current bar is excluded so a spike does not dilute its own baseline). NaN when that average is
/// zero (an exchange outage).
/// </summary>
public sealed class RelativeVolume : IValueIndicator
{
    private readonly Sma _average;

    /// <summary>Creates a relative volume against the previous <paramref name="period"/> bars.</summary>
    public RelativeVolume(int period = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _average = new Sma(period);
    }

    /// <summary>Number of earlier bars averaged.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => Period + 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= WarmUpPeriod;

    /// <summary>The average volume of the previous <see cref="Period"/> bars.</summary>
    public double AverageVolume { get; private set; } = double.NaN;

    /// <inheritdoc />
    public double Value { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        if (_average.IsReady)
        {
            AverageVolume = _average.Value;
            Value = AverageVolume > 0.0 ? bar.Volume / AverageVolume : double.NaN;
        }
        _average.Update(bar.Volume);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _average.Reset();
        Count = 0;
        AverageVolume = double.NaN;
        Value = double.NaN;
    }
}
