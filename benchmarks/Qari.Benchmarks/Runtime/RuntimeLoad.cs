using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Runtime.Demo;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Runtime;

/// <summary>
/// The N-account runtime load test (<c>--runtime-load --accounts N [--cycles C] [--parallel P]</c>): a Stopwatch macro
/// harness, not BenchmarkDotNet, because one measurement is one candle close fanned out to thousands of traders after a
/// minute of set-up; BDN's repeated warm-up/iterations would multiply that for nothing. Reports, per cycle, the time
/// from the candle close until every account finished its cycle, orders per second, and memory per account.
/// </summary>
internal static class RuntimeLoad
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    public static async Task<int> RunAsync(string[] args)
    {
        var accounts = Arg(args, "--accounts", 1000);
        var cycles = Arg(args, "--cycles", 4);
        var parallel = Arg(args, "--parallel", 64);
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found");
        var dir = Path.Combine(Path.GetTempPath(), "qari-load-" + Guid.NewGuid().ToString("N"));
        Print($"runtime load: {accounts} accounts, {cycles} cycles, {parallel} traders in flight, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        var mem0 = Managed();
        var clock = Stopwatch.StartNew();
        await using (var rig = await LoadRig.StartAsync(data, accounts, parallel, dir))
        {
            var memSim = Managed();
            Print($"simulator ({accounts} seeded accounts) + scanner warm-up ({rig.Scanner.Universe.Count} symbols): {clock.Elapsed.TotalSeconds:0.0} s, managed +{Mb(memSim - mem0)}");
            clock.Restart();
            rig.AddTraders();
            var reconcile = await FanOutAsync(rig.Traders, parallel, t => t.ReconcileAsync());
            var memTraders = Managed();
            Print($"{accounts} traders created and reconciled: {clock.Elapsed.TotalSeconds:0.0} s (reconcile fan-out {reconcile.Total.TotalSeconds:0.00} s); " +
                $"managed +{Mb(memTraders - memSim)} = {(memTraders - memSim) / accounts:N0} B per account");
            var blacklist = new HashSet<Symbol>();
            for (var c = 1; c <= cycles; c++)
            {
                var close = rig.CloseNextCandle();
                var orders0 = rig.Metrics.OrdersPlaced.Value;
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                var scan = await rig.Scanner.OnCandleClosedAsync(close, CancellationToken.None);
                var scanned = Stopwatch.GetElapsedTime(started);
                // Cycle 1 carries a known candidate so that every account enters (the analysis rarely passes on the demo data).
                if (c == 1) scan = scan with { Candidates = [.. scan.Candidates, Candidate(rig)] };
                var fan = await FanOutAsync(rig.Traders, parallel, t => t.CycleAsync(scan, blacklist), started);
                var total = Stopwatch.GetElapsedTime(started);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
                var orders = rig.Metrics.OrdersPlaced.Value - orders0;
                var holding = rig.Traders.Count(t => t.Engine.ActiveTrades.Count > 0);
                Print($"cycle {c}: candle close -> all {accounts} accounts done {total.TotalSeconds:0.00} s (scan {scanned.TotalMilliseconds:0} ms; " +
                    $"per-account done at p50 {fan.P50.TotalSeconds:0.00} s, p99 {fan.P99.TotalSeconds:0.00} s); orders {orders} ({orders / total.TotalSeconds:0} /s); " +
                    $"accounts holding a position {holding}; failed {fan.Failed}; process CPU {cpu.TotalSeconds:0.0} s of {2 * total.TotalSeconds:0.0} core-s (runtime + in-process simulator)");
            }
            var memEnd = Managed();
            Print($"after the cycles: managed {Mb(memEnd)} total, +{Mb(memEnd - memSim)} since the simulator = {(memEnd - memSim) / accounts:N0} B per account " +
                $"(traders, engines, adapters + the simulator's records of their orders); working set {Mb(Environment.WorkingSet)}");
            Print($"journal rows: {Rows(dir, "journal")}, orders: {Rows(dir, "orders")}; simulator orders: {rig.Metrics.OrdersPlaced.Value}");
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    /// <summary>Runs <paramref name="work"/> for every trader with at most <paramref name="parallel"/> in flight; per-trader completion times from <paramref name="from"/>.</summary>
    private static async Task<FanOut> FanOutAsync(List<AccountTrader> traders, int parallel, Func<AccountTrader, Task> work, long? from = null)
    {
        var start = from ?? Stopwatch.GetTimestamp();
        var done = new TimeSpan[traders.Count];
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, traders.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, _) =>
        {
            try { await work(traders[i]); }
            catch (Exception ex)
            {
                if (Interlocked.Increment(ref failed) <= 3) Print($"  trader {i} failed: {ex.GetType().Name}: {ex.Message}");
            }
            done[i] = Stopwatch.GetElapsedTime(start);
        });
        Array.Sort(done);
        return new FanOut(Stopwatch.GetElapsedTime(start), done[done.Length / 2], done[Math.Min(done.Length - 1, done.Length * 99 / 100)], failed);
    }

    // Entry zone just above the market (leg 1 fills at once), stop band 15% below, R/R above 3: every account's gate passes.
    private static TradeCandidate Candidate(LoadRig rig)
    {
        var price = rig.Simulator.State.Feed.PriceAt(Btc, rig.Simulator.State.NowMs)!.Value;
        return new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "load candidate", "injected by the load test", []);
    }

    private static long Rows(string dir, string table)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(dir, "qari.db")};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private static long Managed()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void Print(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} {line}"));

    private sealed record FanOut(TimeSpan Total, TimeSpan P50, TimeSpan P99, int Failed);
}
