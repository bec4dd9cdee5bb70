namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/trade/order</c>, <c>orders-pending</c> or <c>orders-history</c>.</summary>
public sealed class OkxOrder
{
    /// <summary>Instrument id.</summary>
    public string? InstId { get; init; }

    /// <summary>Order id.</summary>
    public string? OrdId { get; init; }

    /// <summary>Client order id.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>Price ("" for market).</summary>
    public string? Px { get; init; }

    /// <summary>Size (quote for a market buy with tgtCcy=quote_ccy).</summary>
    public string? Sz { get; init; }

    /// <summary>buy or sell.</summary>
    public string? Side { get; init; }

    /// <summary>market, limit, post_only, fok, ioc, optimal_limit_ioc.</summary>
    public string? OrdType { get; init; }

    /// <summary>live, partially_filled, filled, canceled, mmp_canceled.</summary>
    public string? State { get; init; }

    /// <summary>Filled quantity in base.</summary>
    public string? AccFillSz { get; init; }

    /// <summary>Average fill price.</summary>
    public string? AvgPx { get; init; }

    /// <summary>Fee (negative = paid).</summary>
    public string? Fee { get; init; }

    /// <summary>Fee currency.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>base_ccy or quote_ccy (unit of sz for SPOT market orders).</summary>
    public string? TgtCcy { get; init; }

    /// <summary>Algo id when triggered by an algo order.</summary>
    public string? AlgoId { get; init; }

    /// <summary>Client algo id when triggered by an algo order.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>Creation time in ms, as text.</summary>
    public string? CTime { get; init; }

    /// <summary>Update time in ms, as text.</summary>
    public string? UTime { get; init; }
}
