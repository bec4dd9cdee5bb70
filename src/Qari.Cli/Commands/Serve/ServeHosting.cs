using Microsoft.Extensions.Logging;
using Qari.Cli.Commands.Exchange;
using Qari.Runtime.Health;

namespace Qari.Cli.Commands.Serve;

/// <summary>What every serve mode shares: its console log, and running the runtime behind the health endpoints until it stops.</summary>
internal static class ServeHosting
{
    /// <summary>Single-line UTC console logs; HTTP, Orleans and framework chatter only from warnings up.</summary>
    public static ILoggerFactory Logs(string timestampFormat) => LoggerFactory.Create(b => b.AddSimpleConsole(o =>
    {
        o.SingleLine = true;
        o.TimestampFormat = timestampFormat;
        o.UseUtcTimestamp = true;
    }).AddFilter("qari.http", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning)
        .AddFilter("Orleans", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning)
        // Start-up notes about server GC and a first watchdog tick are not the operator's concern.
        .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error));

    /// <summary>Serves /healthz, /readyz and /metrics (unless <paramref name="healthPort"/> is negative), runs until stopped, says how many cycles ran.</summary>
    public static async Task<int> RunAsync(RuntimeMetrics metrics, int healthPort, string journal, Func<CancellationToken, Task> run, Func<int> cycles, CliConsole io, CancellationToken ct)
    {
        await using var health = healthPort >= 0 ? await HealthServer.StartAsync(metrics, healthPort, ct) : null;
        if (health is not null) io.Out.WriteLine($"health     {health.BaseUrl}healthz  {health.BaseUrl}readyz  {health.BaseUrl}metrics");
        io.Out.WriteLine($"{journal}; Ctrl+C stops");
        await run(ct);
        io.Out.WriteLine($"stopped after {cycles()} cycles");
        return 0;
    }
}
