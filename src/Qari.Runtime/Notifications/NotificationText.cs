using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>The words a notification is shown with (log lines, Telegram messages).</summary>
public static class NotificationText
{
    /// <summary>Telegram's limit on a message's text, in characters.</summary>
    public const int MaxLength = 4096;

    /// <summary>The label of an engine notification kind.</summary>
    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.Entry => "Entry",
        NotificationKind.StopLoss => "Stop-loss",
        NotificationKind.ProfitTarget => "Profit target",
        NotificationKind.KillSwitch => "Kill switch",
        NotificationKind.Attention => "Attention",
        _ => kind.ToString(),
    };

    /// <summary>The label of a runtime alert.</summary>
    public static string Label(RuntimeAlert alert) => alert switch
    {
        RuntimeAlert.InvalidKey => "Invalid key",
        RuntimeAlert.EngineError => "Engine error",
        _ => alert.ToString(),
    };

    /// <summary>One message: "Qari [account] Label: text", cut to <see cref="MaxLength"/>.</summary>
    public static string Compose(string account, string label, string message)
    {
        var text = $"Qari [{account}] {label}: {message}";
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }
}
