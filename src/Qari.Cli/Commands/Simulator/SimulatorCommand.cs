using System.CommandLine;
using Qari.Cli.Commands.Exchange;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Cli.Commands.Simulator;

/// <summary><c>qari simulator</c>: run the local exchange simulator (every dialect plus the /_sim control API) until Ctrl+C.</summary>
internal static class SimulatorCommand
{
    public static Command Create(CliConsole? console = null)
    {
        var io = console ?? CliConsole.System;
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8080 };
        var seed = new Option<string?>("--seed") { Description = "Seed file (JSON) with markets, accounts and keys; default: the demo account." };
        var data = new Option<string?>("--data") { Description = "Directory of candle CSV files to replay; default: demo/data." };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request." };
        var speed = new Option<int?>("--speed") { Description = "Accelerated replay: milliseconds of wall time per 5-minute candle (the clock then moves only in candle steps)." };
        var start = new Option<DateTimeOffset?>("--start") { Description = "With --speed: market time to start at (default: 30 days into the data)." };
        var command = new Command("simulator", "Run the local exchange simulator (Binance wire format today) on a loopback port.") { port, seed, data, verbose, speed, start };
        command.SetAction(async (parse, ct) =>
        {
            var options = Options(parse.GetValue(port), parse.GetValue(seed), parse.GetValue(data), parse.GetValue(verbose), io);
            if (options is null) return 2;
            if (parse.GetValue(speed) is { } ms)
            {
                options = AcceleratedReplay.Options(options, ms, parse.GetValue(start), io);
                if (options is null) return 2;
            }
            var started = await SimulatorHost.StartAsync(options, ct);
            if (!started.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {started.Error.Message}");
                return 1;
            }
            await using var host = started.Value;
            using var pacing = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var pacer = parse.GetValue(speed) is { } interval ? AcceleratedReplay.Start(host, options, interval, pacing.Token) : Task.CompletedTask;
            PrintBanner(host, options, io.Out);
            if (host.State.Pacer is { } p)
                io.Out.WriteLine($"replay     one 5m candle per {p.Interval.TotalMilliseconds} ms from {host.State.Clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC (POST /_sim/replay {{\"paused\":true}} holds it)");
            await host.WaitAsync(ct);
            await pacing.CancelAsync();
            await pacer;
            io.Out.WriteLine("simulator stopped");
            return 0;
        });
        return command;
    }

    internal static SimulatorOptions? Options(int port, string? seedPath, string? dataDir, bool verbose, CliConsole io)
    {
        var seed = DemoSeed.Create();
        if (seedPath is not null)
        {
            var loaded = SimulatorSeed.Load(seedPath);
            if (!loaded.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {loaded.Error.Message}");
                return null;
            }
            seed = loaded.Value;
        }
        var directory = dataDir ?? FindDemoData();
        if (dataDir is not null && !Directory.Exists(dataDir))
        {
            io.Error.WriteLine($"FAIL {dataDir}: data directory not found");
            return null;
        }
        return new SimulatorOptions { Port = port, Seed = seed, DataDirectory = directory, Verbose = verbose };
    }

    private static void PrintBanner(SimulatorHost host, SimulatorOptions options, TextWriter output)
    {
        var url = host.BaseUrl.ToString().TrimEnd('/');
        output.WriteLine($"Qari exchange simulator listening on {url}");
        output.WriteLine($"markets    {string.Join(", ", host.State.Engine.Markets.Select(m => m.Symbol))} (data: {options.DataDirectory ?? "none"})");
        output.WriteLine($"control    {url}/_sim/status  (push prices, advance the clock, inject faults: see docs/simulator.md)");
        if (options.Seed.Accounts.Any(a => a.Keys.Any(k => k.KeyId == DemoSeed.KeyId)))
        {
            output.WriteLine("demo key   (public, valid only on this simulator):");
            output.WriteLine($"  export QARI_API_KEY={DemoSeed.KeyId} QARI_API_SECRET={DemoSeed.Secret}");
            output.WriteLine($"  qari exchange verify --exchange binance --base-url {url}");
        }
        output.WriteLine("Ctrl+C stops it.");
    }

    // The repository's demo candles, looked for from the working directory and from the executable up.
    private static string? FindDemoData()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "demo", "data");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
