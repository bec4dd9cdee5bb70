using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Trading.Events;

/// <summary>The venue refused the order; it does not exist there.</summary>
public sealed record OrderRejected(DateTimeOffset At, ClientOrderId Order, ErrorKind Kind, string Reason) : OrderEvent(At, Order);
