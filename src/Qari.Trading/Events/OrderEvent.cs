using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>Something the execution venue reported about one of our orders, named by its client order id.</summary>
public abstract record OrderEvent(DateTimeOffset At, ClientOrderId Order) : EngineEvent(At);
