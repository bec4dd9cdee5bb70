using Qari.Model.Orders;

namespace Qari.Backtest.Fills;

/// <summary>
/// Where a simulated order stands after the candles seen so far. Immutable: <see cref="FillModel.Process"/> returns a
/// new state. <see cref="RemainingQuote"/> is used by quote-sized market buys only.
/// </summary>
public sealed record OrderFillState(
    SimulatedOrder Order,
    OrderStatus Status,
    decimal FilledQuantity,
    decimal FilledNotional,
    decimal RemainingQuote,
    bool Triggered,
    bool Resting,
    int CandlesSeen)
{
    /// <summary>Base quantity still to fill (0 for quote-sized orders, whose remainder is <see cref="RemainingQuote"/>).</summary>
    public decimal RemainingQuantity => Order.Quantity is { } q ? q - FilledQuantity : 0m;

    /// <summary>The volume-weighted average fill price, or null before the first fill.</summary>
    public decimal? AveragePrice => FilledQuantity > 0 ? FilledNotional / FilledQuantity : null;
}
