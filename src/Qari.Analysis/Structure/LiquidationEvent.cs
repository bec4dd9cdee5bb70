namespace Qari.Analysis.Structure;

/// <summary>An extreme liquidation event (ELE) on one symbol.</summary>
/// <param name="TriggerTimeMs">Open time of the candle that triggered it.</param>
/// <param name="PeakPrice">Highest high in the drop window before the trigger.</param>
/// <param name="LowPrice">Lowest low since the trigger (moves down while the event runs).</param>
/// <param name="LowTimeMs">Open time of the candle that made <see cref="LowPrice"/>.</param>
/// <param name="Drop">Fractional drop from peak to the trigger candle's low (0.2 = 20%).</param>
/// <param name="RelativeVolume">Mean volume per candle in the drop window over the pre-event baseline.</param>
/// <param name="BaselineVolume">Mean volume per candle before the event, frozen at the trigger.</param>
/// <param name="SettledTimeMs">Open time of the candle at which it settled, or null while the symbol is flagged.</param>
public readonly record struct LiquidationEvent(
    long TriggerTimeMs,
    double PeakPrice,
    double LowPrice,
    long LowTimeMs,
    double Drop,
    double RelativeVolume,
    double BaselineVolume,
    long? SettledTimeMs)
{
    /// <summary>True while the event has not settled.</summary>
    public bool IsActive => SettledTimeMs is null;
}
