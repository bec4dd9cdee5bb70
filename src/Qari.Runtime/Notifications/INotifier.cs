using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>Delivers the engine's notifications to the user (log, Telegram...). Never throws for a delivery failure.</summary>
public interface INotifier
{
    /// <summary>Delivers one notification for <paramref name="account"/>.</summary>
    Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken);

    /// <summary>Delivers a runtime alert (invalid key, engine error); by default as an attention notification.</summary>
    Task AlertAsync(string account, RuntimeAlert alert, string message, CancellationToken cancellationToken) =>
        NotifyAsync(account, new Notify(NotificationKind.Attention, $"{NotificationText.Label(alert)}: {message}"), cancellationToken);
}
