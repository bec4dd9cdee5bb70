using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>The order expired by time in force or a venue rule; any earlier fills stand.</summary>
public sealed record OrderExpired(DateTimeOffset At, ClientOrderId Order) : OrderEvent(At, Order);
