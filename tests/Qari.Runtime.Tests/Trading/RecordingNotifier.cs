using System.Collections.Concurrent;
using Qari.Runtime.Notifications;
using Qari.Trading.Commands;

namespace Qari.Runtime.Tests.Trading;

/// <summary>Records what a trader asks to be notified.</summary>
internal sealed class RecordingNotifier : INotifier
{
    public ConcurrentQueue<string> Received { get; } = new();

    public Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken)
    {
        Received.Enqueue($"{account} {notification.Kind}: {notification.Message}");
        return Task.CompletedTask;
    }

    public Task AlertAsync(string account, RuntimeAlert alert, string message, CancellationToken cancellationToken)
    {
        Received.Enqueue($"{account} {alert}: {message}");
        return Task.CompletedTask;
    }
}
