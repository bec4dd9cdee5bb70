using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Trading.Events;

/// <summary>The venue refused a cancel (typically: the order is already filled or unknown).</summary>
public sealed record CancelRejected(DateTimeOffset At, ClientOrderId Order, ErrorKind Kind, string Reason) : OrderEvent(At, Order);
