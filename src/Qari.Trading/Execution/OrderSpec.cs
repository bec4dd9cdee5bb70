using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Trading.Execution;

/// <summary>What an order is: its deterministic id, role, side, type, quantity and prices (on tick and lot).</summary>
public sealed record OrderSpec(
    ClientOrderId Id,
    TradeId Trade,
    OrderLeg Leg,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal? LimitPrice,
    decimal? StopPrice,
    TimeInForce TimeInForce = TimeInForce.GoodTillCanceled);
