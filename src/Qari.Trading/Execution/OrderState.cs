namespace Qari.Trading.Execution;

/// <summary>An order's state as the engine knows it: the exchange statuses plus what only the sender can know.</summary>
public enum OrderState
{
    /// <summary>The place command was emitted; no answer yet.</summary>
    PendingSubmit,
    /// <summary>The place request's outcome is unknown; a query by client id is outstanding.</summary>
    Unknown,
    /// <summary>Accepted and live, nothing filled.</summary>
    New,
    /// <summary>Part filled, the rest live.</summary>
    PartiallyFilled,
    /// <summary>Completely filled (final).</summary>
    Filled,
    /// <summary>Cancelled, by us, the venue or the user, possibly after fills (final).</summary>
    Canceled,
    /// <summary>Refused by the venue (final).</summary>
    Rejected,
    /// <summary>Expired, possibly after fills (final).</summary>
    Expired,
    /// <summary>The venue reports it never received the order (final).</summary>
    NotPlaced,
}
