using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Bybit;

/// <summary>Bybit's order vocabulary mapped exhaustively onto Qari's; an unknown value is a malformed response, never a guess.</summary>
public static class BybitStatuses
{
    /// <summary>Maps <c>orderStatus</c>.</summary>
    public static Result<OrderStatus> Map(string? orderStatus) => orderStatus switch
    {
        // Created: accepted but not yet in the book; Untriggered: a TP/SL or conditional order waiting;
        // Triggered: the instant between trigger and the order entering the book; Active: classic-account
        // conditional order whose child order was placed. All are live and unfilled from Qari's side.
        "New" or "Created" or "Untriggered" or "Triggered" or "Active" => OrderStatus.New,
        "PartiallyFilled" => OrderStatus.PartiallyFilled,
        "Filled" => OrderStatus.Filled,
        // Deactivated: a TP/SL or conditional order cancelled before triggering. Spot IOC/FOK/market
        // remainders end as Cancelled / PartiallyFilledCanceled; Bybit has no separate "expired".
        "Cancelled" or "Deactivated" or "PartiallyFilledCanceled" => OrderStatus.Canceled,
        "Rejected" => OrderStatus.Rejected,
        _ => Error.Malformed("Bybit orderStatus", $"unknown order status '{orderStatus}'"),
    };

    /// <summary>Maps <c>side</c>.</summary>
    public static Result<OrderSide> Side(string? side) => side switch
    {
        "Buy" => OrderSide.Buy,
        "Sell" => OrderSide.Sell,
        _ => Error.Malformed("Bybit side", $"unknown side '{side}'"),
    };

    /// <summary>The wire text of a side.</summary>
    public static string ToWire(OrderSide side) => side switch
    {
        OrderSide.Buy => "Buy",
        OrderSide.Sell => "Sell",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side."),
    };

    /// <summary>The wire text of a time in force.</summary>
    public static string ToWire(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled => "GTC",
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        TimeInForce.PostOnly => "PostOnly",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "Unknown time in force."),
    };
}
