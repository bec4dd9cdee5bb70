using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>
/// VWAP anchored at a given bar (e.g. the last swing low): the volume-weighted mean typical price of every bar
/// opening at or after <see cref="AnchorMs"/>; earlier bars are ignored. Not a TA-Lib function.
/// </summary>
public sealed class AnchoredVwap : IValueIndicator
{
    private VwapAccumulator _sums;

    /// <summary>Creates a VWAP anchored at <paramref name="anchorMs"/> (bar open time, ms UTC).</summary>
    public AnchoredVwap(long anchorMs, double bandDeviations = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bandDeviations);
        AnchorMs = anchorMs;
        BandDeviations = bandDeviations;
    }

    /// <summary>Open time of the first bar included.</summary>
    public long AnchorMs { get; private set; }

    /// <summary>Width of the bands in standard deviations.</summary>
    public double BandDeviations { get; }

    /// <inheritdoc />
    public int WarmUpPeriod => 1;

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <summary>True once bars with volume at or after the anchor were added.</summary>
    public bool IsReady => _sums.Volume > 0.0;

    /// <inheritdoc />
    public double Value => _sums.Vwap;

    /// <summary>Volume-weighted standard deviation of the typical price since the anchor.</summary>
    public double Deviation => _sums.Deviation;

    /// <summary>VWAP + deviations · σ.</summary>
    public double Upper => Value + (BandDeviations * Deviation);

    /// <summary>VWAP − deviations · σ.</summary>
    public double Lower => Value - (BandDeviations * Deviation);

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Count++;
        if (bar.OpenTimeMs < AnchorMs) return;
        _sums.Add(bar.TypicalPrice, bar.Volume);
    }

    /// <summary>Moves the anchor and starts over; feed the bars from the new anchor again.</summary>
    public void Reanchor(long anchorMs)
    {
        AnchorMs = anchorMs;
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        _sums.Clear();
        Count = 0;
    }
}
