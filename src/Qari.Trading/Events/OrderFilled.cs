using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>One fill (execution) of an order, named by the exchange's trade id so a fill seen twice counts once. Fees in quote and/or base.</summary>
public sealed record OrderFilled(DateTimeOffset At, ClientOrderId Order, string FillId, decimal Quantity, decimal Price, decimal FeeQuote = 0m, decimal FeeBase = 0m) : OrderEvent(At, Order);
