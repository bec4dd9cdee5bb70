using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// Daily session VWAP: the volume-weighted mean typical price since 00:00 UTC, restarting with the first bar of
/// each UTC day, with standard-deviation bands (L9). Not a TA-Lib function; there is no reference to match.
/// </summary>
public sealed class SessionVwap : IValueIndicator
{
    private const long DayMs = 86_400_000L;
    private VwapAccumulator _sums;
    private long _sessionStartMs = long.MinValue;

    /// <summary>Creates a session VWAP with bands <paramref name="bandDeviations"/> standard deviations wide.</summary>
    public SessionVwap(double bandDeviations = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bandDeviations);
        BandDeviations = bandDeviations;
    }

    /// <summary>Width of the bands in standard deviations.</summary>
    public double BandDeviations { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <summary>True once the current session has traded volume.</summary>
    public bool IsReady => _sums.Volume > 0.0;

    /// <summary>Open time (ms, UTC midnight) of the current session.</summary>
    public long SessionStartMs => _sessionStartMs;

    /// <inheritdoc />
    public double Value => _sums.Vwap;

    /// <summary>Volume-weighted standard deviation of the typical price in this session.</summary>
    public double Deviation => _sums.Deviation;

    /// <summary>VWAP + deviations · σ.</summary>
    public double Upper => Value + (BandDeviations * Deviation);

    /// <summary>VWAP − deviations · σ.</summary>
    public double Lower => Value - (BandDeviations * Deviation);

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        var day = bar.OpenTimeMs - (((bar.OpenTimeMs % DayMs) + DayMs) % DayMs);
        if (day != _sessionStartMs)
        {
            _sums.Clear();
            _sessionStartMs = day;
        }
        _sums.Add(bar.TypicalPrice, bar.Volume);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _sums.Clear();
        _sessionStartMs = long.MinValue;
        Count = 0;
    }
}
