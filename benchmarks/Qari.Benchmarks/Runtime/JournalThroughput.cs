using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Journal;
using Qari.Trading.Execution;

namespace Qari.Benchmarks.Runtime;

/// <summary>
/// Journal write throughput (<c>--journal-throughput [--postgres CS] [--seconds S] [--writers W]</c>): rows per second
/// for single autocommit appends, for a trader turn batched in one transaction (8 rows + the snapshot), for durable
/// order-sending rows, and for batched turns committed durably — on SQLite (a temp directory) and, when a connection
/// string is given, on PostgreSQL, with one writer and with W concurrent writers (one account each). A Stopwatch
/// harness: each case runs for a fixed wall time, short by design; the figures are for comparing the cases.
/// </summary>
internal static class JournalThroughput
{
    private const int RowsPerTurn = 8;

    // About the size of a journaled TimerTick / OrderUpdated payload (a CycleCandidates row is larger).
    private static readonly string Payload = "{\"at\":\"2026-03-01T10:00:00.1234567+00:00\",\"order\":\"t7-Stop-2\",\"from\":\"New\",\"to\":\"Filled\"," +
        "\"filledDelta\":\"0.00351000\",\"fillPrice\":\"93000.10\",\"quoteFee\":\"0.32550035\",\"baseFee\":\"0\",\"note\":\"" + new string('x', 120) + "\"}";

    public static async Task<int> RunAsync(string[] args)
    {
        var postgres = Arg(args, "--postgres");
        var seconds = double.Parse(Arg(args, "--seconds") ?? "3", CultureInfo.InvariantCulture);
        var writers = int.Parse(Arg(args, "--writers") ?? "16", CultureInfo.InvariantCulture);
        Console.WriteLine($"journal throughput: {seconds} s per case, {Environment.ProcessorCount} cores, {RowsPerTurn} rows + snapshot per batched turn");
        Console.WriteLine("| journal | writers | case | rows/s | commits/s |");
        Console.WriteLine("|---|---|---|---|---|");
        var dir = Path.Combine(Path.GetTempPath(), "qari-journal-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var sqlite = JournalStore.Open(dir, 1)) await Cases("SQLite", sqlite, [1, writers], seconds);
            if (postgres is not null)
            {
                using var pg = await PostgresJournal.OpenAsync(postgres, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None);
                await Cases("PostgreSQL", pg, [1, writers], seconds);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static async Task Cases(string name, IJournal journal, int[] writerCounts, double seconds)
    {
        foreach (var writers in writerCounts)
        {
            await Case(name, writers, "single appends (autocommit)", journal, seconds, (account, _) =>
            {
                journal.Append(account, DateTimeOffset.UnixEpoch, "in", "OrderUpdated", Payload);
                return Task.FromResult((1, 1));
            });
            await Case(name, writers, "batched turn (8 rows + snapshot, 1 tx)", journal, seconds, async (account, i) =>
            {
                var batch = Turn(account, i);
                await journal.CommitAsync(batch, CancellationToken.None);
                return (RowsPerTurn + 1, 1);
            });
            await Case(name, writers, "batched turn committed durably", journal, seconds, async (account, i) =>
            {
                var batch = Turn(account, i);
                batch.RequireDurable();
                await journal.CommitAsync(batch, CancellationToken.None);
                return (RowsPerTurn + 1, 1);
            });
            await Case(name, writers, "order sending rows (durable, 1 per tx)", journal, seconds, (account, i) =>
            {
                var id = ClientOrderId.Create(new TradeId(i + 1), OrderLeg.Entry1, 0);
                journal.OrderSending(account, DateTimeOffset.UnixEpoch, new OrderSpec(id, new TradeId(i + 1), OrderLeg.Entry1, new Symbol("BTC", "USDT"), OrderSide.Buy,
                    OrderType.Limit, 0.00351m, 93000.10m, null));
                return Task.FromResult((1, 1));
            });
        }
    }

    private static JournalBatch Turn(AccountId account, int i)
    {
        var batch = new JournalBatch();
        for (var r = 0; r < RowsPerTurn; r++) batch.Append(account, DateTimeOffset.UnixEpoch, r % 2 == 0 ? "in" : "out", "OrderUpdated", Payload);
        batch.Snapshot(new AccountSnapshot(account, "bench", "Binance", DateTimeOffset.UnixEpoch, false, false, "", 0.5m, -1.25m, 10000.12345678m,
            [new PositionSnapshot(new Symbol("BTC", "USDT"), new TradeId(i + 1), "Protected", 0.00351m, 93000.10m, 78809m, 95000m, 99000m)]));
        return batch;
    }

    private static async Task Case(string journalName, int writers, string name, IJournal journal, double seconds, Func<AccountId, int, Task<(int Rows, int Commits)>> work)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var totals = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var account = new AccountId(Guid.NewGuid());
            var (rows, commits, i) = (0L, 0L, 0);
            while (Stopwatch.GetTimestamp() < until)
            {
                var (r, c) = await work(account, i++);
                rows += r;
                commits += c;
            }
            return (rows, commits);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"| {journalName} | {writers} | {name} | {totals.Sum(t => t.rows) / elapsed:N0} | {totals.Sum(t => t.commits) / elapsed:N0} |");
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
