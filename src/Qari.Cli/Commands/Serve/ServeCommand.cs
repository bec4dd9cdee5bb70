using System.CommandLine;
using Qari.Cli.Commands.Exchange;
using Microsoft.Extensions.Logging;
using Qari.Runtime.Demo;
using Qari.Runtime.Journal;
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
        ServeAccounts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(ServeAccounts.Accounts))
            {
                if (parse.GetValue(ServeLive.ExchangeUrl) is not null)
                {
                    io.Error.WriteLine("FAIL --accounts and --exchange-url are two modes: use --base-url EXCHANGE=URL to point --accounts at another venue");
                    return 2;
                }
                // Explicit --data-dir wins; else QARI_DATA_DIR, else .qari — where `qari keys` keeps the vault.
                var directory = parse.GetResult(dataDir) is { Implicit: false } ? parse.GetValue(dataDir) : null;
                return await ServeAccounts.RunAsync(parse, directory, parse.GetValue(cycles), parse.GetValue(minScore), parse.GetValue(healthPort), io, ct);
            }
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
            using var logs = ServeHosting.Logs("HH:mm:ss ");
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
            var journalAt = JournalLocation.FromEnvironment(parse.GetValue(dataDir)!, Environment.GetEnvironmentVariable);
            var options = new DemoOptions
            {
                JournalPostgres = journalAt.PostgresConnectionString,
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
            return await ServeHosting.RunAsync(runtime.Metrics, parse.GetValue(healthPort), $"journal    {journalAt} (qari status prints the account)",
                runtime.RunAsync, () => runtime.Cycles, io, ct);
        });
        return command;
    }
}
