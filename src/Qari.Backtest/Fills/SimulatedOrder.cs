using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Backtest.Fills;

/// <summary>
/// An order given to the fill model. Quantity is in the base asset; a market buy may instead give
/// <see cref="QuoteAmount"/> (spend this much quote). Limit orders need <see cref="LimitPrice"/>, stops need
/// <see cref="TriggerPrice"/> (stop-limits both). It can fill only on candles opening at or after
/// <see cref="SubmittedAtMs"/> — never on the candle whose close produced the decision.
/// </summary>
public sealed record SimulatedOrder(
    ClientOrderId Id,
    OrderSide Side,
    OrderType Type,
    long SubmittedAtMs,
    decimal? Quantity = null,
    decimal? QuoteAmount = null,
    decimal? LimitPrice = null,
    decimal? TriggerPrice = null,
    TimeInForce TimeInForce = TimeInForce.GoodTillCanceled);
