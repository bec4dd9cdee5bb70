using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Slow stochastic, as TA-Lib's <c>TA_STOCH</c> with SMA smoothing (defaults 14, 3, 3): raw %K =
/// (close − lowest low) / ((highest high − lowest low) / 100), 0 for a flat window; %K = SMA of raw %K;
/// %D = SMA of %K.
/// </summary>
public sealed class Stochastic : IBarIndicator
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private readonly Sma _k;
    private readonly Sma _d;

    /// <summary>Creates a slow stochastic.</summary>
    public Stochastic(int fastKPeriod = 14, int slowKPeriod = 3, int slowDPeriod = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastKPeriod, 1);
        FastKPeriod = fastKPeriod;
        _highest = new RollingExtreme(fastKPeriod, maximum: true);
        _lowest = new RollingExtreme(fastKPeriod, maximum: false);
        _k = new Sma(slowKPeriod);
        _d = new Sma(slowDPeriod);
    }

    /// <summary>Bars in the high/low window.</summary>
    public int FastKPeriod { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => FastKPeriod + _k.Period + _d.Period - 2;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public bool IsReady => Count >= WarmUpPeriod;

    /// <summary>Slow %K (the SMA of the raw %K).</summary>
    public double K { get; private set; } = double.NaN;

    /// <summary>Slow %D (the SMA of slow %K).</summary>
    public double D { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        if (Count < FastKPeriod) return;
        var lowest = _lowest.Value;
        var diff = (_highest.Value - lowest) / 100.0;
        var raw = diff != 0.0 ? (bar.Close - lowest) / diff : 0.0;
        _k.Update(raw);
        if (!_k.IsReady) return;
        _d.Update(_k.Value);
        if (!_d.IsReady) return;
        K = _k.Value;
        D = _d.Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _highest.Clear();
        _lowest.Clear();
        _k.Reset();
        _d.Reset();
        Count = 0;
        K = D = double.NaN;
    }
}
