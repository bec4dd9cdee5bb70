using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>The venue accepted the order (it rests, or a stop waits for its trigger).</summary>
public sealed record OrderAccepted(DateTimeOffset At, ClientOrderId Order, ExchangeOrderId ExchangeOrder) : OrderEvent(At, Order);
