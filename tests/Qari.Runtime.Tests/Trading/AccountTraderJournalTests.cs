using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Qari.Model.Ids;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Tests.Grains;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// The trader's journal writes with per-turn batching: every order's sending row is committed — seen by another
/// connection — before the request leaves, and the turn's rows and snapshot are all written by the end of the turn.
/// </summary>
public sealed class AccountTraderJournalTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-writeahead-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public Task CycleAsync_WithAnEntry_CommitsEachSendingRowBeforeTheRequestLeaves_Sqlite() => EntryCycle(postgres: null);

    [PostgresFact]
    public Task CycleAsync_WithAnEntry_CommitsEachSendingRowBeforeTheRequestLeaves_Postgres() =>
        EntryCycle(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private async Task EntryCycle(string? postgres)
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null, JournalPostgres = postgres };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        var run = venue.Journal.Run;
        WriteAheadExchange? checking = null;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance,
            _ => checking = new WriteAheadExchange(venue.Exchange, id => postgres is null ? SendingInSqlite(id, run) : SendingInPostgres(postgres, id, run)))
        {
            FiveMinuteHistory = TimeSpan.FromDays(1),
        };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var trader = (await composition.CreateTraderAsync(DemoRuntime.DemoAccount, CancellationToken.None)).Value.Trader;
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);

        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var price = venue.Simulator.State.Feed.PriceAt(Btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
        await trader.CycleAsync(scan with { Candidates = [.. scan.Candidates, candidate] }, new HashSet<Symbol>());
        await stop.CancelAsync();
        await loop;

        // The entry and its stop at least; each one's sending row was visible to another connection as it left.
        Assert.NotNull(checking);
        Assert.True(checking.Placed.Count >= 2, $"{checking.Placed.Count} orders placed");
        Assert.All(checking.Placed, p => Assert.True(p.Committed, $"order {p.ClientId} left before its sending row was committed"));
        // And by the end of the turn everything is there: the trade's rows and the snapshot with the open position.
        Assert.Contains(venue.Journal.Rows(DemoRuntime.DemoAccount, thisRunOnly: true), r => r.Kind == "TradeOpened");
        var status = Assert.Single(venue.Journal.Accounts(), a => a.Account == DemoRuntime.DemoAccount);
        Assert.Equal(Btc, Assert.Single(status.Positions).Symbol);
    }

    private bool SendingInSqlite(string clientId, long run)
    {
        using var db = new SqliteConnection($"Data Source={JournalStore.PathFor(_dir)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM orders WHERE run = $run AND client_id = $id AND state = 'Sending'";
        cmd.Parameters.AddWithValue("$run", run);
        cmd.Parameters.AddWithValue("$id", clientId);
        return (long)cmd.ExecuteScalar()! == 1;
    }

    private static bool SendingInPostgres(string cs, string clientId, long run)
    {
        using var db = new NpgsqlConnection(cs);
        db.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM qari_orders WHERE run = @run AND account = @account AND client_id = @id AND state = 'Sending'", db);
        cmd.Parameters.AddWithValue("run", run);
        cmd.Parameters.AddWithValue("account", DemoRuntime.DemoAccount.Value.ToString());
        cmd.Parameters.AddWithValue("id", clientId);
        return (long)cmd.ExecuteScalar()! == 1;
    }
}
