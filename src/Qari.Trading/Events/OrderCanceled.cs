using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>The order was cancelled (by us or by the venue); any earlier fills stand.</summary>
public sealed record OrderCanceled(DateTimeOffset At, ClientOrderId Order) : OrderEvent(At, Order);
