using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Gate;

/// <summary>
/// A Gate price-triggered order as its own endpoint reports it. When it has fired, <see cref="FiredOrderId"/> names
/// the spot order it placed, whose fills are the stop's fills.
/// </summary>
internal sealed record GatePriceView(OrderSnapshot Snapshot, string? FiredOrderId);
