using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Money flow index, as TA-Lib 0.6's <c>TA_MFI</c>: typical price × volume is positive money flow when the typical
/// price rose, negative when it fell, nothing when it is exactly unchanged; the index is 100 · positive /
/// (positive + negative) over a rolling window of running sums. TA-Lib quirk kept for exact agreement: when the
/// window's total money flow is below 1.0 (in quote units) the index is 0.
/// </summary>
public sealed class Mfi : IValueIndicator
{
    private readonly RollingWindow _positive;
    private readonly RollingWindow _negative;
    private double _previousTypical;
    private double _positiveSum;
    private double _negativeSum;

    /// <summary>Creates an MFI over <paramref name="period"/> bars.</summary>
    public Mfi(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _positive = new RollingWindow(period);
        _negative = new RollingWindow(period);
    }

    /// <summary>Number of money flows in the window.</summary>
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
    public void Update(in Bar bar)
    {
        Count++;
        var typical = bar.TypicalPrice;
        if (Count == 1)
        {
            _previousTypical = typical;
            return;
        }
        if (_positive.IsFull)
        {
            _positiveSum -= _positive.Oldest;
            _negativeSum -= _negative.Oldest;
        }
        var change = typical - _previousTypical;
        _previousTypical = typical;
        var flow = typical * bar.Volume;
        var positive = change > 0.0 ? flow : 0.0;
        var negative = change < 0.0 ? flow : 0.0;
        _positive.Add(positive);
        _negative.Add(negative);
        // Adding the unused side's 0.0 would be an exact no-op; skip it to keep TA-Lib's order of operations visible.
        if (change < 0.0) _negativeSum += flow;
        else if (change > 0.0) _positiveSum += flow;
        if (Count < WarmUpPeriod) return;
        var total = _positiveSum + _negativeSum;
        Value = total < 1.0 ? 0.0 : 100.0 * (_positiveSum / total);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _positive.Clear();
        _negative.Clear();
        _previousTypical = 0.0;
        _positiveSum = _negativeSum = 0.0;
        Count = 0;
        Value = double.NaN;
    }
}
