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
/// Fencing inside a turn: another process claims the account while the entry order is on its way; the stop that the
/// same turn would place next must never reach the venue nor get a sending row — whether the epoch is checked inside
/// the journal's commit (epochs in the journal's database) or read before the order (a separate ownership store).
/// </summary>
public sealed class AccountTraderFencingTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-fencing-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CycleAsync_AccountClaimedWhileTheEntryIsSent_StopIsNeitherJournaledNorSent_Sqlite()
    {
        var (placed, sendingRows, fenced, _) = await EntryCycle(postgres: null, separateStore: false);

        Assert.True(fenced);
        Assert.Single(placed);
        Assert.Equal(placed, sendingRows);
    }

    [PostgresFact]
    public async Task CycleAsync_AccountClaimedWhileTheEntryIsSent_StopIsNeitherJournaledNorSent_Postgres()
    {
        var (placed, sendingRows, fenced, _) = await EntryCycle(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable), separateStore: false);

        Assert.True(fenced);
        Assert.Single(placed);
        Assert.Equal(placed, sendingRows);
    }

    [Fact]
    public async Task CycleAsync_SeparateOwnershipStoreClaimedWhileTheEntryIsSent_EpochReadBeforeTheStopFencesIt()
    {
        var (placed, sendingRows, fenced, reads) = await EntryCycle(postgres: null, separateStore: true);

        Assert.True(fenced);
        Assert.Single(placed);
        Assert.Equal(placed, sendingRows);
        // Once for the turn, once before each of the two orders (the second read found the new owner).
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task CycleAsync_EpochsInTheJournalNobodyClaims_BothOrdersJournaledAndSent()
    {
        var (placed, sendingRows, fenced, _) = await EntryCycle(postgres: null, separateStore: false, claim: false);

        Assert.False(fenced);
        Assert.Equal(2, placed.Count);
        Assert.Equal(placed.Order(StringComparer.Ordinal), sendingRows.Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private async Task<(IReadOnlyList<string> Placed, IReadOnlyList<string> SendingRows, bool Fenced, int EpochReads)> EntryCycle(
        string? postgres, bool separateStore, bool claim = true)
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null, JournalPostgres = postgres };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        var account = DemoRuntime.DemoAccount;
        var counting = separateStore ? new CountingOwnership(venue.Journal.Ownership) : null;
        ClaimingExchange? exchange = null;
        // The other process: a claim through the shared epochs, as a node that took the account over would make.
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance,
            _ => exchange = new ClaimingExchange(venue.Exchange, () =>
            {
                if (claim) venue.Journal.Ownership.ClaimOwnership(account);
            }), counting)
        {
            FiveMinuteHistory = TimeSpan.FromDays(1),
        };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var trader = (await composition.CreateTraderAsync(account, CancellationToken.None)).Value.Trader;
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);

        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var price = venue.Simulator.State.Feed.PriceAt(Btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
        var readsBefore = counting?.Reads ?? 0;
        await trader.CycleAsync(scan with { Candidates = [.. scan.Candidates, candidate] }, new HashSet<Symbol>());
        var reads = (counting?.Reads ?? 0) - readsBefore;
        await stop.CancelAsync();
        await loop;

        Assert.NotNull(exchange);
        var run = venue.Journal.Run;
        var rows = postgres is null ? SendingRowsInSqlite(run) : SendingRowsInPostgres(postgres, run);
        return (exchange.Placed, rows, trader.Fenced, reads);
    }

    private List<string> SendingRowsInSqlite(long run)
    {
        using var db = new SqliteConnection($"Data Source={JournalStore.PathFor(_dir)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT client_id FROM orders WHERE run = $run AND account = $account";
        cmd.Parameters.AddWithValue("$run", run);
        cmd.Parameters.AddWithValue("$account", DemoRuntime.DemoAccount.Value.ToString());
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private static List<string> SendingRowsInPostgres(string cs, long run)
    {
        using var db = new NpgsqlConnection(cs);
        db.Open();
        using var cmd = new NpgsqlCommand("SELECT client_id FROM qari_orders WHERE run = @run AND account = @account", db);
        cmd.Parameters.AddWithValue("run", run);
        cmd.Parameters.AddWithValue("account", DemoRuntime.DemoAccount.Value.ToString());
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
