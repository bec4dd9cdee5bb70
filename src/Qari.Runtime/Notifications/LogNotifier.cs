using Microsoft.Extensions.Logging;
using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>The notifier when nothing else is configured: the notification becomes a log line.</summary>
public sealed class LogNotifier(ILogger log) : INotifier
{
    /// <inheritdoc />
    public Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        log.LogInformation("[{Account}] notify {Kind}: {Message}", account, notification.Kind, notification.Message);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AlertAsync(string account, RuntimeAlert alert, string message, CancellationToken cancellationToken)
    {
        log.LogWarning("[{Account}] notify {Kind}: {Message}", account, alert, message);
        return Task.CompletedTask;
    }
}
