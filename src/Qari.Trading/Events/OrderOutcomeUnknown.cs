using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>A place request whose outcome is unknown (timeout, dropped response, 5xx after send): resolve by querying, never by resending.</summary>
public sealed record OrderOutcomeUnknown(DateTimeOffset At, ClientOrderId Order) : OrderEvent(At, Order);
