namespace Qari.Runtime.Notifications;

/// <summary>Notifications the runtime raises itself (the trading engine cannot see these).</summary>
public enum RuntimeAlert
{
    /// <summary>The exchange refused the account's key (invalid, revoked, missing permission or wrong IP).</summary>
    InvalidKey,
    /// <summary>An engine error stopped the account's trader.</summary>
    EngineError,
}
