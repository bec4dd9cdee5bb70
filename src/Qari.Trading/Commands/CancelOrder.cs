using Qari.Model.Ids;

namespace Qari.Trading.Commands;

/// <summary>Cancel the order with this client id.</summary>
public sealed record CancelOrder(ClientOrderId Id, Symbol Symbol) : EngineCommand;
