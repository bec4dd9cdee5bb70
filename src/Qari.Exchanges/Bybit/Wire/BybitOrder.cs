namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One row of <c>GET /v5/order/realtime</c> or <c>/v5/order/history</c>.</summary>
public sealed class BybitOrder
{
    /// <summary>Exchange order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    public string? OrderLinkId { get; init; }

    /// <summary>Exchange symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Limit price ("0" or empty for market).</summary>
    public string? Price { get; init; }

    /// <summary>Order quantity (quote amount for a market buy by quote).</summary>
    public string? Qty { get; init; }

    /// <summary>Buy or Sell.</summary>
    public string? Side { get; init; }

    /// <summary>Status text (New, PartiallyFilled, Untriggered...).</summary>
    public string? OrderStatus { get; init; }

    /// <summary>Limit or Market.</summary>
    public string? OrderType { get; init; }

    /// <summary>GTC, IOC, FOK, PostOnly.</summary>
    public string? TimeInForce { get; init; }

    /// <summary>Average fill price.</summary>
    public string? AvgPrice { get; init; }

    /// <summary>Filled quantity in base.</summary>
    public string? CumExecQty { get; init; }

    /// <summary>Filled value in quote.</summary>
    public string? CumExecValue { get; init; }

    /// <summary>Fees paid.</summary>
    public string? CumExecFee { get; init; }

    /// <summary>Trigger price of a TP/SL or conditional order.</summary>
    public string? TriggerPrice { get; init; }

    /// <summary>tpslOrder, StopOrder, or empty for a plain order.</summary>
    public string? StopOrderType { get; init; }

    /// <summary>Order, tpslOrder, StopOrder.</summary>
    public string? OrderFilter { get; init; }

    /// <summary>baseCoin or quoteCoin (unit of qty for market orders).</summary>
    public string? MarketUnit { get; init; }

    /// <summary>Creation time in ms, as text.</summary>
    public string? CreatedTime { get; init; }

    /// <summary>Last update time in ms, as text.</summary>
    public string? UpdatedTime { get; init; }
}
