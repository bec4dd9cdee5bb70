using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>A cancel request whose outcome is unknown: the order is queried.</summary>
public sealed record CancelOutcomeUnknown(DateTimeOffset At, ClientOrderId Order) : OrderEvent(At, Order);
