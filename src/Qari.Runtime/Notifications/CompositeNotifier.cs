using Microsoft.Extensions.Logging;
using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>Hands each notification to several notifiers (log and Telegram); one failing never stops the others.</summary>
public sealed class CompositeNotifier(ILogger log, params IReadOnlyList<INotifier> notifiers) : INotifier
{
    /// <inheritdoc />
    public Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken) =>
        EachAsync(n => n.NotifyAsync(account, notification, cancellationToken));

    /// <inheritdoc />
    public Task AlertAsync(string account, RuntimeAlert alert, string message, CancellationToken cancellationToken) =>
        EachAsync(n => n.AlertAsync(account, alert, message, cancellationToken));

    private async Task EachAsync(Func<INotifier, Task> deliver)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                await deliver(notifier).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A notifier must not throw; if one does, the trade it reports must still go on.
                log.LogWarning("notifier {Notifier} failed: {Error}", notifier.GetType().Name, ex.GetType().Name);
            }
        }
    }
}
