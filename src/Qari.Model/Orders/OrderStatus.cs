namespace Qari.Model.Orders;

/// <summary>Qari's one order-status vocabulary; every exchange's statuses map onto it exhaustively.</summary>
public enum OrderStatus
{
    /// <summary>Accepted and resting (or a stop waiting for its trigger), nothing filled.</summary>
    New,
    /// <summary>Part filled, the rest still live.</summary>
    PartiallyFilled,
    /// <summary>Completely filled (final).</summary>
    Filled,
    /// <summary>Cancelled, possibly after a partial fill (final).</summary>
    Canceled,
    /// <summary>Refused by the exchange (final).</summary>
    Rejected,
    /// <summary>Expired by time-in-force or exchange rule, possibly after a partial fill (final).</summary>
    Expired,
}
