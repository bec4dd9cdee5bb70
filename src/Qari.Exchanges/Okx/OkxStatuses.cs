using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>OKX order and algo-order states mapped exhaustively onto Qari's; unknown values are malformed responses.</summary>
public static class OkxStatuses
{
    /// <summary>Maps an order <c>state</c>. IOC/FOK/market remainders also end as <c>canceled</c>.</summary>
    public static Result<OrderStatus> Map(string? state) => state switch
    {
        "live" => OrderStatus.New,
        "partially_filled" => OrderStatus.PartiallyFilled,
        "filled" => OrderStatus.Filled,
        "canceled" or "mmp_canceled" => OrderStatus.Canceled,
        _ => Error.Malformed("OKX state", $"unknown order state '{state}'"),
    };

    /// <summary>
    /// Maps an algo order <c>state</c>. <c>Triggered</c> is true for <c>effective</c>/<c>partially_effective</c>:
    /// the stop fired and placed an order, whose own state then tells the outcome.
    /// </summary>
    public static Result<(OrderStatus Status, bool Triggered)> MapAlgo(string? state) => state switch
    {
        "live" or "pause" => (OrderStatus.New, false),
        "effective" or "partially_effective" => (OrderStatus.New, true),
        "canceled" => (OrderStatus.Canceled, false),
        // The trigger fired but the order could not be placed (e.g. insufficient balance): the stop is gone.
        "order_failed" or "partially_failed" => (OrderStatus.Rejected, false),
        _ => Error.Malformed("OKX algo state", $"unknown algo state '{state}'"),
    };

    /// <summary>Maps <c>side</c>.</summary>
    public static Result<OrderSide> Side(string? side) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => Error.Malformed("OKX side", $"unknown side '{side}'"),
    };

    /// <summary>The wire text of a side.</summary>
    public static string ToWire(OrderSide side) => side switch
    {
        OrderSide.Buy => "buy",
        OrderSide.Sell => "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side."),
    };

    /// <summary>The <c>ordType</c> for a limit order with a time in force.</summary>
    public static string LimitOrdType(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled => "limit",
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.PostOnly => "post_only",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "Unknown time in force."),
    };

    /// <summary>Maps an <c>ordType</c> to market or limit.</summary>
    public static Result<OrderType> Type(string? ordType) => ordType switch
    {
        "market" or "optimal_limit_ioc" => OrderType.Market,
        "limit" or "post_only" or "fok" or "ioc" => OrderType.Limit,
        _ => Error.Malformed("OKX ordType", $"unknown order type '{ordType}'"),
    };
}
