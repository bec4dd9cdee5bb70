namespace Qari.Model.Orders;

/// <summary>The one transition table of <see cref="OrderStatus"/>.</summary>
public static class OrderStatusTransitions
{
    /// <summary>True for statuses an order never leaves.</summary>
    public static bool IsFinal(this OrderStatus status) => status switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => false,
        OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired => true,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };

    /// <summary>True when an order may go from <paramref name="from"/> to <paramref name="to"/> (staying put is allowed).</summary>
    public static bool CanTransition(OrderStatus from, OrderStatus to)
    {
        if (from == to) return true;
        return from switch
        {
            OrderStatus.New => to is OrderStatus.PartiallyFilled or OrderStatus.Filled or OrderStatus.Canceled
                or OrderStatus.Rejected or OrderStatus.Expired,
            OrderStatus.PartiallyFilled => to is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Expired,
            OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired => false,
            _ => throw new ArgumentOutOfRangeException(nameof(from), from, "Unknown order status."),
        };
    }
}
