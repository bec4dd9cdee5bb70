namespace Qari.Trading.Execution;

/// <summary>
/// What one event did to one order: states before and after, and the newly filled quantity (counted exactly once,
/// whether it arrived as fills or as a cumulative quantity in a status report).
/// </summary>
/// <param name="Order">The order after the event (null when the event named an order we do not track).</param>
/// <param name="Previous">State before.</param>
/// <param name="Current">State after.</param>
/// <param name="FilledDelta">Quantity newly filled by this event (0 for none).</param>
/// <param name="FillPrice">Average price of <paramref name="FilledDelta"/>.</param>
/// <param name="FeeQuote">Fee in quote charged on the delta.</param>
/// <param name="FeeBase">Fee in base charged on the delta (reduces the coins received).</param>
/// <param name="Anomaly">Why the event was ignored or looked wrong, or null.</param>
public readonly record struct OrderChange(
    TrackedOrder? Order,
    OrderState Previous,
    OrderState Current,
    decimal FilledDelta,
    decimal FillPrice,
    decimal FeeQuote,
    decimal FeeBase,
    string? Anomaly)
{
    /// <summary>True when the state changed.</summary>
    public bool StateChanged => Previous != Current;
}
