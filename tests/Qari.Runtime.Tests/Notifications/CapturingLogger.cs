using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Qari.Runtime.Tests.Notifications;

/// <summary>Records every log line (formatted message, exception text) at every level, for leak and content checks.</summary>
internal sealed class CapturingLogger : ILogger, ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public string All => string.Join("\n", Lines.Select(l => l.Text));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // The structured values too: a sink could write them even if the message template does not.
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        Lines.Enqueue((logLevel, $"{formatter(state, exception)} {values} {exception}"));
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}
