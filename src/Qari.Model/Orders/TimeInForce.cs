namespace Qari.Model.Orders;

/// <summary>How long a limit order stays live.</summary>
public enum TimeInForce
{
    /// <summary>Good till cancelled.</summary>
    GoodTillCanceled,
    /// <summary>Immediate or cancel.</summary>
    ImmediateOrCancel,
    /// <summary>Fill or kill.</summary>
    FillOrKill,
    /// <summary>Post only (maker).</summary>
    PostOnly,
}
