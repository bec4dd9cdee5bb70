namespace Qari.Trading.Commands;

/// <summary>What a notification is about (SPEC §7).</summary>
public enum NotificationKind
{
    /// <summary>An entry filled.</summary>
    Entry,
    /// <summary>A stop-loss was hit.</summary>
    StopLoss,
    /// <summary>A profit target was taken.</summary>
    ProfitTarget,
    /// <summary>The kill switch tripped or was released.</summary>
    KillSwitch,
    /// <summary>Something needs the user's attention (an order or position Qari cannot explain, an anomaly).</summary>
    Attention,
}
