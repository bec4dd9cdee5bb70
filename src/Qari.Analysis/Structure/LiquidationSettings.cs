using Qari.Model.Market;

namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="ExtremeLiquidationDetector"/>.</summary>
/// <param name="CandleTimeframe">Timeframe of the input candles; must not be longer than the window (use 5m, 15m or 1h).</param>
/// <param name="Drop">Smallest fall from the window's peak to a low that triggers (default 0.20 = 20%).</param>
/// <param name="WindowMinutes">Length of the drop window (default 60).</param>
/// <param name="MinRelativeVolume">Window volume per candle over the baseline needed to trigger (default 5).</param>
/// <param name="BaselineHours">Length of the volume baseline before the window (default 168 = 7 days).</param>
/// <param name="SettleHours">Hours without a new low needed to settle (default 12).</param>
/// <param name="SettleRelativeVolume">Window volume over the frozen pre-event baseline must be at or below this to settle (default 2).</param>
/// <param name="OpenInterestCollapse">When open interest is supplied: its fall over the window needed to trigger (default 0.10 = 10%).</param>
public sealed record LiquidationSettings(
    Timeframe CandleTimeframe = Timeframe.H1,
    double Drop = 0.20,
    int WindowMinutes = 60,
    double MinRelativeVolume = 5.0,
    int BaselineHours = 168,
    int SettleHours = 12,
    double SettleRelativeVolume = 2.0,
    double OpenInterestCollapse = 0.10)
{
    /// <summary>Candles in the drop window.</summary>
    public int WindowCandles => Math.Max(1, WindowMinutes / (int)CandleTimeframe);

    /// <summary>Candles in the volume baseline.</summary>
    public int BaselineCandles => Math.Max(1, BaselineHours * 60 / (int)CandleTimeframe);

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        if ((int)CandleTimeframe > WindowMinutes)
            throw new ArgumentOutOfRangeException(nameof(CandleTimeframe), CandleTimeframe, "Candles must not be longer than the drop window.");
        if (!(Drop is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(Drop), Drop, "Must be in (0, 1).");
        if (!(MinRelativeVolume > 0)) throw new ArgumentOutOfRangeException(nameof(MinRelativeVolume), MinRelativeVolume, "Must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(BaselineHours, 1, nameof(BaselineHours));
        ArgumentOutOfRangeException.ThrowIfLessThan(SettleHours, 0, nameof(SettleHours));
        if (!(SettleRelativeVolume > 0)) throw new ArgumentOutOfRangeException(nameof(SettleRelativeVolume), SettleRelativeVolume, "Must be positive.");
        if (!(OpenInterestCollapse is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(OpenInterestCollapse), OpenInterestCollapse, "Must be in (0, 1).");
    }
}
