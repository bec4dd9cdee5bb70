using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Trading.Events;

/// <summary>The answer to a query by client order id: the status and cumulative fill, or a null status when the venue does not know the order.</summary>
public sealed record OrderStatusReported(DateTimeOffset At, ClientOrderId Order, OrderStatus? Status, decimal CumulativeQuantity = 0m, decimal AveragePrice = 0m, ExchangeOrderId? ExchangeOrder = null) : OrderEvent(At, Order);
