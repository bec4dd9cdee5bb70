using Qari.Model.Ids;

namespace Qari.Trading.Commands;

/// <summary>Ask the venue for the order with this client id (answered by an OrderStatusReported event).</summary>
public sealed record QueryOrder(ClientOrderId Id, Symbol Symbol) : EngineCommand;
