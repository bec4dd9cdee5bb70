using Qari.Model.Orders;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Gate's order vocabulary mapped exhaustively: <c>status</c> (open/closed/cancelled) with <c>finish_as</c>, and the
/// price-triggered order statuses. Unknown values (and <c>finish_as=unknown</c>) yield null so the parser fails loudly.
/// </summary>
public static class GateStatuses
{
    /// <summary>The status of a spot order, or null when Gate's values are unknown or contradictory.</summary>
    public static OrderStatus? Order(string status, string? finishAs, decimal filled) => status switch
    {
        "open" when finishAs is null or "open" => filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "closed" => finishAs is null ? OrderStatus.Filled : Finished(finishAs),
        "cancelled" => finishAs is null ? OrderStatus.Canceled : Finished(finishAs),
        _ => null,
    };

    /// <summary>The status of a price-triggered order; null for a fired one (read its placed order) or an unknown value.</summary>
    public static OrderStatus? Trigger(string status) => status switch
    {
        "open" => OrderStatus.New,
        "cancelled" => OrderStatus.Canceled,
        "failed" => OrderStatus.Rejected,
        "expired" => OrderStatus.Expired,
        _ => null,
    };

    /// <summary>True when a price-triggered order has fired and placed its order ("finish"; some docs say "finished").</summary>
    public static bool HasFired(string status) => status is "finish" or "finished";

    private static OrderStatus? Finished(string finishAs) => finishAs switch
    {
        "filled" => OrderStatus.Filled,
        "cancelled" or "liquidate_cancelled" or "stp" => OrderStatus.Canceled,
        // Time-in-force or liquidity ended the order: the rest expired (it may have filled in part).
        "ioc" or "fok" or "depth_not_enough" or "trader_not_enough" or "small" or "price_protect_cancelled" => OrderStatus.Expired,
        // A post-only order that would have taken liquidity is refused outright.
        "poc" => OrderStatus.Rejected,
        _ => null,
    };
}
