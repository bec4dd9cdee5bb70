using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>Delivers the engine's notifications to the user (log, Telegram...). Never throws for a delivery failure.</summary>
public interface INotifier
{
    /// <summary>Delivers one notification for <paramref name="account"/>.</summary>
    Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken);
}
