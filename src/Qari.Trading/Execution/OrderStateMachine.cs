namespace Qari.Trading.Execution;

/// <summary>The one transition function of <see cref="OrderState"/>. Everything else asks it.</summary>
public static class OrderStateMachine
{
    /// <summary>True for states the engine considers possibly live on the venue (they may lock funds or coins).</summary>
    public static bool IsLive(this OrderState state) =>
        state is OrderState.PendingSubmit or OrderState.Unknown or OrderState.New or OrderState.PartiallyFilled;

    /// <summary>True for states whose outcome is not known yet (no answer, or unknown).</summary>
    public static bool IsUnresolved(this OrderState state) => state is OrderState.PendingSubmit or OrderState.Unknown;

    /// <summary>
    /// The next state, or null when the trigger is impossible from <paramref name="from"/> (the event is then ignored
    /// and journaled as an anomaly). Fills reaching a final order still count towards its quantity: the state stays.
    /// </summary>
    public static OrderState? Next(OrderState from, OrderTrigger trigger) => (from, trigger) switch
    {
        (OrderState.PendingSubmit or OrderState.Unknown, OrderTrigger.Accept) => OrderState.New,
        (OrderState.PendingSubmit or OrderState.Unknown, OrderTrigger.Reject) => OrderState.Rejected,
        (OrderState.PendingSubmit or OrderState.Unknown, OrderTrigger.Unknown) => OrderState.Unknown,
        (OrderState.PendingSubmit or OrderState.Unknown, OrderTrigger.NotFound) => OrderState.NotPlaced,
        (OrderState.New or OrderState.PartiallyFilled, OrderTrigger.Accept or OrderTrigger.Unknown) => from,
        // An accepted order the venue no longer knows is gone: treated as cancelled so protection is re-established.
        (OrderState.New or OrderState.PartiallyFilled, OrderTrigger.NotFound) => OrderState.Canceled,
        (OrderState.PendingSubmit or OrderState.Unknown or OrderState.New or OrderState.PartiallyFilled or OrderState.NotPlaced,
            OrderTrigger.PartialFill) => OrderState.PartiallyFilled,
        (OrderState.PendingSubmit or OrderState.Unknown or OrderState.New or OrderState.PartiallyFilled or OrderState.NotPlaced,
            OrderTrigger.Fill) => OrderState.Filled,
        (OrderState.PendingSubmit or OrderState.Unknown or OrderState.New or OrderState.PartiallyFilled or OrderState.NotPlaced,
            OrderTrigger.Cancel) => OrderState.Canceled,
        (OrderState.PendingSubmit or OrderState.Unknown or OrderState.New or OrderState.PartiallyFilled or OrderState.NotPlaced,
            OrderTrigger.Expire) => OrderState.Expired,
        // A venue that answered "not found" and then reports the order after all was right the second time.
        (OrderState.NotPlaced, OrderTrigger.Accept) => OrderState.New,
        (OrderState.NotPlaced, OrderTrigger.NotFound or OrderTrigger.Reject or OrderTrigger.Unknown) => OrderState.NotPlaced,
        // Late fill reports on a final order: the quantity counts, the state stays.
        (OrderState.Filled or OrderState.Canceled or OrderState.Expired, OrderTrigger.PartialFill or OrderTrigger.Fill) => from,
        (OrderState.Filled, OrderTrigger.Accept or OrderTrigger.Unknown or OrderTrigger.Cancel or OrderTrigger.Expire or OrderTrigger.NotFound) => from,
        (OrderState.Canceled, OrderTrigger.Cancel or OrderTrigger.Expire or OrderTrigger.Accept or OrderTrigger.Unknown or OrderTrigger.NotFound) => from,
        (OrderState.Expired, OrderTrigger.Expire or OrderTrigger.Cancel or OrderTrigger.Accept or OrderTrigger.Unknown or OrderTrigger.NotFound) => from,
        (OrderState.Rejected, OrderTrigger.Reject or OrderTrigger.Unknown or OrderTrigger.NotFound) => from,
        _ => null,
    };
}
