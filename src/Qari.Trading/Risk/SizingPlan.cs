namespace Qari.Trading.Risk;

/// <summary>
/// The sized trade: leg prices and quantities (on lot/tick), the stop, R and the capital each leg needs. When the
/// order cannot meet the exchange minimums or the $5 floor, <see cref="Problem"/> says why (check 8).
/// </summary>
/// <param name="EntryPrice">Leg 1 limit price (on tick) and the planning price of leg 2.</param>
/// <param name="StopPrice">Initial stop (structural invalidation clamped into the 10–30% band, on tick).</param>
/// <param name="Leg1Quantity">Leg 1 quantity (on lot).</param>
/// <param name="Leg2Quantity">Leg 2 quantity (on lot; 0 when the trade is a single leg).</param>
/// <param name="RiskQuote">R: (entry − stop) × total quantity, in quote.</param>
/// <param name="Leg1Cost">Quote needed for leg 1 including the fee reserve.</param>
/// <param name="Leg2Reserve">Quote reserved for leg 2 including the fee reserve.</param>
/// <param name="Problem">Why the order breaks the minimums, or null.</param>
public sealed record SizingPlan(
    decimal EntryPrice,
    decimal StopPrice,
    decimal Leg1Quantity,
    decimal Leg2Quantity,
    decimal RiskQuote,
    decimal Leg1Cost,
    decimal Leg2Reserve,
    string? Problem)
{
    /// <summary>Both legs together.</summary>
    public decimal TotalQuantity => Leg1Quantity + Leg2Quantity;

    /// <summary>Quote needed for both legs.</summary>
    public decimal TotalCost => Leg1Cost + Leg2Reserve;
}
