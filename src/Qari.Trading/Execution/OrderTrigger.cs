namespace Qari.Trading.Execution;

/// <summary>What moves an order from one state to the next (the input alphabet of the transition function).</summary>
public enum OrderTrigger
{
    /// <summary>The venue accepted it.</summary>
    Accept,
    /// <summary>The venue refused it.</summary>
    Reject,
    /// <summary>The place outcome is unknown.</summary>
    Unknown,
    /// <summary>A fill that leaves quantity open.</summary>
    PartialFill,
    /// <summary>A fill that completes the order.</summary>
    Fill,
    /// <summary>Cancelled.</summary>
    Cancel,
    /// <summary>Expired.</summary>
    Expire,
    /// <summary>The venue does not know it.</summary>
    NotFound,
}
