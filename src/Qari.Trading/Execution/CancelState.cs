namespace Qari.Trading.Execution;

/// <summary>Where a cancel request for a live order stands.</summary>
public enum CancelState
{
    /// <summary>No cancel requested.</summary>
    None,
    /// <summary>Cancel sent, no answer yet.</summary>
    Requested,
    /// <summary>The cancel's outcome is unknown; the order is being queried.</summary>
    Unknown,
}
