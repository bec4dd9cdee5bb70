using Qari.Trading.Execution;

namespace Qari.Trading.Commands;

/// <summary>Place this order on the venue; its outcome comes back as accepted, rejected or unknown.</summary>
public sealed record PlaceOrder(OrderSpec Spec) : EngineCommand;
