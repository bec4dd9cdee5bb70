using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Cli.Commands.Exchange;

namespace Qari.Cli.Commands.Keys;

/// <summary>What the keys and vault commands share: console, environment, and the logger factory (tests capture Trace here).</summary>
internal sealed record KeysContext(CliConsole Console, ILoggerFactory Logs)
{
    /// <summary>The process console, no logging.</summary>
    public static KeysContext Default { get; } = new(CliConsole.System, NullLoggerFactory.Instance);
}
