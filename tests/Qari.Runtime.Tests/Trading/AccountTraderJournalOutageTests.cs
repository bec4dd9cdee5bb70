using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Trading.Engine;
using Qari.Trading.Execution;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// A journal that cannot be written (the database went away): the trader sends nothing whose sending row was not
/// committed, alerts once, keeps running, retries with back-off and, once the journal is back, rebuilds its engine
/// from it, reconciles with the venue and trades on — the journal, the engine and the venue agreeing.
/// </summary>
public sealed class AccountTraderJournalOutageTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-journal-outage-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CycleAsync_JournalFailsTwoCommitsThenWorks_SendsNothingWhileDownAlertsOnceAndResumesConsistent()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        var run = venue.Journal.Run;
        var account = DemoRuntime.DemoAccount;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance) { FiveMinuteHistory = TimeSpan.FromDays(1) };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var exchange = new WriteAheadExchange(venue.Exchange, id => OrderRows(run, sendingOnly: true).Contains(id));
        var journal = new FlakyJournal(venue.Journal) { FailCommits = 2 };
        var notifier = new RecordingNotifier();
        var profile = new AccountProfile(account, DemoRuntime.DemoUser, Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var gate = new RiskGate(new SingleNodeEntryLock());
        var context = new TraderContext(account, "demo", exchange, new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, gate), journal,
            new RuntimeMetrics(), venue.Simulator.State.Clock, notifier)
        {
            Ownership = venue.Journal.Ownership,
            Rebuild = old => EngineRestorer.Rebuild(old, journal, profile, TradingSettings.Default, PlanCaps.Default, gate, thisRunOnly: true),
        };
        var trader = new AccountTrader(context, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);

        // The entry's sending row cannot be committed: nothing is sent, the trader stays up, degraded, waiting for the journal.
        await CycleWithCandidate(trader, scanner, venue);
        Assert.True(trader.JournalDown);
        Assert.True(trader.Executor.Degraded);
        Assert.Empty(exchange.Placed);
        var cycles = 1;
        while (trader.JournalDown && cycles < 20)
        {
            await CycleWithCandidate(trader, scanner, venue);
            cycles++;
            if (trader.JournalDown) Assert.Empty(exchange.Placed);
        }
        Assert.False(trader.JournalDown);
        Assert.False(loop.IsCompleted);
        Assert.Equal(2, journal.Failed);
        // Back-off: after the first failure one cycle is skipped, after the second two, then the retry that works.
        Assert.Equal(6, cycles);

        // One alert for the whole outage, naming the failure without the connection string's secret.
        var alert = Assert.Single(notifier.Received, m => m.StartsWith("demo EngineError:", StringComparison.Ordinal));
        Assert.Contains("journal unavailable", alert, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", alert, StringComparison.Ordinal);

        // Resumed: the entry and its stop went out, each only after its sending row was committed; no unsent order has one.
        Assert.True(exchange.Placed.Count >= 2, $"{exchange.Placed.Count} orders placed");
        Assert.All(exchange.Placed, p => Assert.True(p.Committed, $"order {p.ClientId} left before its sending row was committed"));
        Assert.Equal(exchange.Placed.Select(p => p.ClientId).Order(), OrderRows(run, sendingOnly: false).Order());
        await stop.CancelAsync();
        await loop;

        // The journal holds the trade once, and an engine rebuilt from it is the running engine; the venue rests its stop.
        Assert.Single(venue.Journal.Rows(account, thisRunOnly: true), r => r.Kind == "TradeOpened");
        var replayed = EngineRestorer.Restore(venue.Journal, profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        Assert.True(replayed.IsSuccess, replayed.Error?.Message);
        var trade = Assert.Single(trader.Engine.ActiveTrades).Value;
        var again = Assert.Single(replayed.Value.Engine.ActiveTrades).Value;
        Assert.Equal((trade.Id, trade.Symbol, trade.Position.Quantity, trade.Position.StopPrice), (again.Id, again.Symbol, again.Position.Quantity, again.Position.StopPrice));
        Assert.Equal(LiveOrders(trader.Engine), LiveOrders(replayed.Value.Engine));
        var open = await venue.Exchange.GetOpenOrdersAsync(null, CancellationToken.None);
        Assert.True(open.IsSuccess, open.Error?.Message);
        Assert.Equal(LiveOrders(trader.Engine), open.Value.Select(o => o.ClientOrderId!.Value.Value).Order().ToList());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static async Task CycleWithCandidate(AccountTrader trader, Scanner scanner, DemoVenue venue)
    {
        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var price = venue.Simulator.State.Feed.PriceAt(Btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
        await trader.CycleAsync(scan with { Candidates = [.. scan.Candidates, candidate] }, new HashSet<Symbol>());
    }

    private static List<string> LiveOrders(TradingEngine engine) =>
        [.. engine.Orders.Orders.Where(o => o.IsLive).Select(o => o.Id.Value).Order()];

    // The client ids of this run's order rows (only those still at their sending row, or all of them).
    private List<string> OrderRows(long run, bool sendingOnly)
    {
        using var db = new SqliteConnection($"Data Source={JournalStore.PathFor(_dir)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT client_id FROM orders WHERE run = $run" + (sendingOnly ? " AND state = 'Sending'" : "");
        cmd.Parameters.AddWithValue("$run", run);
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
