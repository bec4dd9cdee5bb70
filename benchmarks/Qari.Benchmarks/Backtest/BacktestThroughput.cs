using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Qari.Analysis.Confluence;
using Qari.Backtest.Replay;
using Qari.Backtest.Results;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Backtest;

/// <summary>
/// The end-to-end backtest throughput harness (<c>--backtest-throughput DIR [--loose] [--runs N] [--workers W]</c>):
/// a Stopwatch macro harness, because one operation over all of <c>../shared/data</c> takes tens of seconds. Loads
/// once (CSV or candle store), then runs the backtest N times, printing wall time, process CPU, bytes allocated,
/// candles per second and the MD5 of the JSON report, so that an optimisation can be checked to change no result.
/// </summary>
internal static class BacktestThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("usage: --backtest-throughput DIR [--loose] [--runs N] [--workers W] [--pipeline]");
            return 2;
        }
        var loose = args.Contains("--loose");
        var runs = Arg(args, "--runs", 1);
        var workers = Arg(args, "--workers", Environment.ProcessorCount);
        var settings = new BacktestSettings { Workers = workers, Pipeline = args.Contains("--pipeline") };
        if (loose)
        {
            settings = settings with
            {
                Confluence = ConfluenceSettings.Default with { Threshold = 15, MinBullishLayers = 2, MinRiskReward = 0.3 },
                Trading = TradingSettings.Default with { MinRiskReward = 0.3m },
            };
        }
        var load = Stopwatch.StartNew();
        var loaded = BacktestDataLoader.IsStore(args[0], settings.Exchange)
            ? BacktestDataLoader.LoadStore(args[0], settings)
            : BacktestDataLoader.Load(args[0], settings);
        if (!loaded.IsSuccess)
        {
            Console.Error.WriteLine(loaded.Error.Message);
            return 1;
        }
        var candles = loaded.Value.Sum(d => (long)d.Candles5m.Count);
        Print($"loaded {loaded.Value.Count} symbols, {candles:N0} 5m candles in {load.Elapsed.TotalSeconds:0.00} s; rule {(loose ? "loosened" : "default")}, {workers} workers{(settings.Pipeline ? ", pipeline" : "")}, load average {LoadAverage()}");
        for (var i = 1; i <= runs; i++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            var run = new BacktestRunner(settings, loaded.Value).Run();
            var seconds = wall.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
            var md5 = Convert.ToHexStringLower(MD5.HashData(JsonReportWriter.Write(ReportBuilder.Build(run))));
            Print($"run {i}: wall {seconds:0.00} s, CPU {cpu:0.00} s, {candles / seconds:N0} candles/s wall, {candles / cpu:N0} per CPU-s, " +
                $"allocated {alloc / 1_048_576.0:N0} MB ({alloc / (double)candles:N0} B/candle), trades opened {run.OpenedFrom.Count}, cycles {run.CyclesRun}, report md5 {md5}");
        }
        return 0;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void Print(string line) => Console.WriteLine(line);
}
