namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/trade/order-algo</c> or <c>orders-algo-pending</c>.</summary>
public sealed class OkxAlgoOrder
{
    /// <summary>Instrument id.</summary>
    public string? InstId { get; init; }

    /// <summary>Algo id.</summary>
    public string? AlgoId { get; init; }

    /// <summary>Client algo id.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>buy or sell.</summary>
    public string? Side { get; init; }

    /// <summary>conditional, trigger, oco...</summary>
    public string? OrdType { get; init; }

    /// <summary>live, pause, partially_effective, effective, canceled, order_failed, partially_failed.</summary>
    public string? State { get; init; }

    /// <summary>Size.</summary>
    public string? Sz { get; init; }

    /// <summary>Stop-loss trigger price (conditional).</summary>
    public string? SlTriggerPx { get; init; }

    /// <summary>Stop-loss order price; "-1" = market.</summary>
    public string? SlOrdPx { get; init; }

    /// <summary>Trigger price (trigger orders).</summary>
    public string? TriggerPx { get; init; }

    /// <summary>Order price of a trigger order; "-1" = market.</summary>
    public string? OrdPx { get; init; }

    /// <summary>Id of the order placed when triggered ("" before).</summary>
    public string? OrdId { get; init; }

    /// <summary>Ids of the orders placed when triggered.</summary>
    public List<string>? OrdIdList { get; init; }

    /// <summary>Why triggering failed (order_failed).</summary>
    public string? FailCode { get; init; }

    /// <summary>Creation time in ms, as text.</summary>
    public string? CTime { get; init; }

    /// <summary>Update time in ms, as text.</summary>
    public string? UTime { get; init; }
}
