using System.CommandLine;
using Qari.Cli.Commands.Exchange;
using Microsoft.Extensions.Logging;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;
using Qari.Runtime.Notifications;

namespace Qari.Cli.Commands.Serve;

/// <summary>
/// <c>qari serve</c>: the 24/7 runtime. With no configuration it runs the self-hosted demo: the built-in simulator
/// replaying demo/data at an accelerated speed, one local user with a simulated account, scanner and trader, journal
/// in .qari/qari.db. Ctrl+C stops it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole? console = null)
    {
        var io = console ?? CliConsole.System;
        var speed = new Option<int>("--speed") { Description = "Milliseconds of wall time per replayed 5-minute candle (0: as fast as possible).", DefaultValueFactory = _ => 100 };
        var data = new Option<string?>("--data") { Description = "Directory of candle files to replay; default: demo/data." };
        var dataDir = new Option<string>("--data-dir") { Description = "Where the journal (qari.db) is kept.", DefaultValueFactory = _ => ".qari" };
        var cycles = new Option<int?>("--cycles") { Description = "Stop after this many cycles (default: until the data ends or Ctrl+C)." };
        var healthPort = new Option<int>("--health-port") { Description = "Loopback port for /healthz, /readyz and /metrics (0: any free port, -1: off).", DefaultValueFactory = _ => 9464 };
        var minScore = new Option<double?>("--min-score") { Description = "Confluence threshold for the demo (default 10 so the short demo history trades; the analysis default is 60)." };
        var command = new Command("serve", "Run Qari: with no configuration, a self-hosted demo that trades a simulated account on replayed real candles.")
            { speed, data, dataDir, cycles, healthPort, minScore };
        ServeLive.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(ServeLive.ExchangeUrl) is { } url)
                return await ServeLive.RunAsync(parse, url, parse.GetValue(dataDir)!, parse.GetValue(cycles), parse.GetValue(minScore), parse.GetValue(healthPort), io, ct);
            var candles = parse.GetValue(data) ?? DemoData.Find();
            if (candles is null || !Directory.Exists(candles))
            {
                io.Error.WriteLine($"FAIL {candles ?? "demo/data"}: candle directory not found (run from the repository, or pass --data)");
                return 2;
            }
            if (parse.GetValue(speed) < 0)
            {
                io.Error.WriteLine("FAIL --speed must be 0 or more milliseconds");
                return 2;
            }
            using var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.UseUtcTimestamp = true;
            }).AddFilter("qari.http", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning)
                .AddFilter("Orleans", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning)
                // Start-up notes about server GC and a first watchdog tick are not the operator's concern in the demo.
                .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error));
            var telegramOptions = TelegramOptions.FromEnvironment(Environment.GetEnvironmentVariable);
            if (!telegramOptions.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {telegramOptions.Error!.Message}");
                return 2;
            }
            await using var telegram = telegramOptions.Value is { } t ? TelegramNotifier.Create(t, logs.CreateLogger("qari.telegram")).Value : null;
            if (telegram is not null) io.Out.WriteLine($"notify     {telegramOptions.Value}");
            var testLimit = DemoOptions.TestRateLimitFrom(Environment.GetEnvironmentVariable);
            if (!testLimit.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {testLimit.Error!.Message}");
                return 2;
            }
            var options = new DemoOptions
            {
                TestRateLimit = testLimit.Value,
                Notifier = telegram,
                CandleDirectory = candles,
                DataDirectory = parse.GetValue(dataDir)!,
                Speed = TimeSpan.FromMilliseconds(parse.GetValue(speed)),
                MaxCycles = parse.GetValue(cycles),
                MinScore = parse.GetValue(minScore) ?? 10,
            };
            // The demo runs on a single-node Orleans silo (localhost clustering, free loopback ports); with
            // QARI_CLUSTER_POSTGRES set it refuses, since its simulator lives inside each node.
            var silo = QariSiloOptions.FromEnvironment();
            if (!silo.MultiNode) silo = silo with { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };
            var started = await DemoCluster.StartAsync(options, silo, logs, ct);
            if (!started.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {started.Error!.Message}");
                return 1;
            }
            await using var runtime = started.Value;
            await using var health = parse.GetValue(healthPort) is var port and >= 0
                ? await HealthServer.StartAsync(runtime.Metrics, port, ct)
                : null;
            if (health is not null) io.Out.WriteLine($"health     {health.BaseUrl}healthz  {health.BaseUrl}readyz  {health.BaseUrl}metrics");
            io.Out.WriteLine($"journal    {Path.GetFullPath(options.DataDirectory)} (qari status prints the account); Ctrl+C stops");
            await runtime.RunAsync(ct);
            io.Out.WriteLine($"stopped after {runtime.Cycles} cycles");
            return 0;
        });
        return command;
    }
}
