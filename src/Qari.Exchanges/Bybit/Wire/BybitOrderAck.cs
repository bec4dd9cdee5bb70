namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Result of create/cancel: only the ids (Bybit acknowledges asynchronously).</summary>
public sealed class BybitOrderAck
{
    /// <summary>Exchange order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    public string? OrderLinkId { get; init; }
}
