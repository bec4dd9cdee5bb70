using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Runtime.Notifications;
using Qari.Trading.Commands;

namespace Qari.Runtime.Accounts;

/// <summary>
/// An account's notifier that also reports an "invalid key" alert to <paramref name="refused"/> (the CLI marks the
/// key invalid in the vault, so the next start skips it instead of retrying a dead key), then delivers as usual.
/// </summary>
public sealed class KeyRefusalNotifier(INotifier inner, AccountId account, Func<AccountId, string, CancellationToken, Task>? refused, ILogger log) : INotifier
{
    /// <inheritdoc />
    public Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken) => inner.NotifyAsync(account, notification, cancellationToken);

    /// <inheritdoc />
    public async Task AlertAsync(string accountName, RuntimeAlert alert, string message, CancellationToken cancellationToken)
    {
        if (alert == RuntimeAlert.InvalidKey && refused is not null)
        {
            try { await refused(account, message, cancellationToken).ConfigureAwait(false); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Marking is bookkeeping: the alert still goes out, and the trader keeps its stops.
                log.LogWarning("[{Account}] could not mark the key invalid: {Error}", accountName, ex.GetType().Name);
            }
        }
        await inner.AlertAsync(accountName, alert, message, cancellationToken).ConfigureAwait(false);
    }
}
