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
/// The N-account runtime load test (<c>--runtime-load --accounts N [--cycles C] [--parallel P] [--warmup W]</c>): a Stopwatch macro
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
        var warmup = Arg(args, "--warmup", 0);
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found");
        var dir = Path.Combine(Path.GetTempPath(), "qari-load-" + Guid.NewGuid().ToString("N"));
        Print($"runtime load: {accounts} accounts, {cycles} cycles, {parallel} traders in flight, {warmup} warm-up accounts, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        var mem0 = Managed();
        var clock = Stopwatch.StartNew();
        await using (var rig = await LoadRig.StartAsync(data, accounts + warmup, parallel, dir))
        {
            var memSim = Managed();
            Print($"simulator ({accounts + warmup} seeded accounts) + scanner warm-up ({rig.Scanner.Universe.Count} symbols): {clock.Elapsed.TotalSeconds:0.0} s, managed +{Mb(memSim - mem0)}");
            clock.Restart();
            rig.AddTraders();
            var reconcile = await FanOutAsync(rig.Traders, parallel, t => t.ReconcileAsync());
            var memTraders = Managed();
            Print($"{rig.Traders.Count} traders created and reconciled: {clock.Elapsed.TotalSeconds:0.0} s (reconcile fan-out {reconcile.Total.TotalSeconds:0.00} s); " +
                $"managed +{Mb(memTraders - memSim)} = {(memTraders - memSim) / rig.Traders.Count:N0} B per account");
            var blacklist = new HashSet<Symbol>();
            // Warm-up accounts go through an entry and two management cycles first, so the measured cycles run on code
            // the JIT has already compiled and tiered up (a node that has been running); they take no part afterwards.
            var measured = rig.Traders.Skip(warmup).ToList();
            if (warmup > 0)
            {
                var warm = rig.Traders.Take(warmup).ToList();
                var jitWarm = System.Runtime.JitInfo.GetCompilationTime();
                clock.Restart();
                for (var w = 0; w < 3; w++)
                {
                    var scan = await rig.Scanner.OnCandleClosedAsync(rig.CloseNextCandle(), CancellationToken.None);
                    if (w == 0) scan = scan with { Candidates = [.. scan.Candidates, Candidate(rig)] };
                    await FanOutAsync(warm, parallel, t => t.CycleAsync(scan, blacklist));
                }
                await JitQuietAsync();
                Print($"warm-up: {warmup} accounts through 3 cycles (entry, 2 x manage): {clock.Elapsed.TotalSeconds:0.0} s, JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitWarm).TotalSeconds:0.00} s");
            }
            for (var c = 1; c <= cycles; c++)
            {
                var close = rig.CloseNextCandle();
                var orders0 = rig.Metrics.OrdersPlaced.Value;
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var (gc0, jit0) = (GC.GetTotalPauseDuration(), System.Runtime.JitInfo.GetCompilationTime());
                var started = Stopwatch.GetTimestamp();
                var scan = await rig.Scanner.OnCandleClosedAsync(close, CancellationToken.None);
                var scanned = Stopwatch.GetElapsedTime(started);
                // Cycle 1 carries a known candidate so that every account enters (the analysis rarely passes on the demo data).
                if (c == 1) scan = scan with { Candidates = [.. scan.Candidates, Candidate(rig)] };
                var fan = await FanOutAsync(measured, parallel, t => t.CycleAsync(scan, blacklist), started);
                var total = Stopwatch.GetElapsedTime(started);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
                var (gc, jit) = (GC.GetTotalPauseDuration() - gc0, System.Runtime.JitInfo.GetCompilationTime() - jit0);
                var orders = rig.Metrics.OrdersPlaced.Value - orders0;
                var holding = measured.Count(t => t.Engine.ActiveTrades.Count > 0);
                Print($"cycle {c}: candle close -> all {measured.Count} accounts done {total.TotalSeconds:0.00} s (scan {scanned.TotalMilliseconds:0} ms; " +
                    $"per-account done at p50 {fan.P50.TotalSeconds:0.00} s, p99 {fan.P99.TotalSeconds:0.00} s); orders {orders} ({orders / total.TotalSeconds:0} /s); " +
                    $"accounts holding a position {holding}; failed {fan.Failed}; process CPU {cpu.TotalSeconds:0.0} s of {2 * total.TotalSeconds:0.0} core-s (runtime + in-process simulator); " +
                    $"GC pauses {gc.TotalSeconds:0.00} s, JIT {jit.TotalSeconds:0.00} s; monotonic {Mono(started)}..{Mono(Stopwatch.GetTimestamp())} s");
            }
            var memEnd = Managed();
            Print($"after the cycles: managed {Mb(memEnd)} total, +{Mb(memEnd - memSim)} since the simulator = {(memEnd - memSim) / rig.Traders.Count:N0} B per account " +
                $"(traders, engines, adapters + the simulator's records of their orders); working set {Mb(Environment.WorkingSet)}");
            Print($"journal rows: {Rows(dir, "journal")}, orders: {Rows(dir, "orders")}; simulator orders: {rig.Metrics.OrdersPlaced.Value}");
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    // The warm-up queues tier-1 recompilations on the JIT's background thread: wait until it has compiled nothing new for 2 s (at most 60 s).
    private static async Task JitQuietAsync()
    {
        var waited = Stopwatch.StartNew();
        var last = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = waited.Elapsed;
        while (waited.Elapsed < TimeSpan.FromSeconds(60) && waited.Elapsed - quietSince < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(250);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != last) (last, quietSince) = (now, waited.Elapsed);
        }
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

    // Stopwatch ticks are CLOCK_MONOTONIC on Linux: lets a profiler's samples (perf --clockid monotonic) be cut to one cycle.
    private static string Mono(long ticks) => ((double)ticks / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);

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
