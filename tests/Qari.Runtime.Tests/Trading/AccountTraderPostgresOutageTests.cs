using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Tests.Notifications;
using Qari.Runtime.Tests.Scanning;
using Qari.Runtime.Scanning;
using Qari.Runtime.Tests.Grains;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// The journal outage against a real PostgreSQL that goes away mid-run (a loopback proxy in front of the server is cut,
/// then restored) while the trader holds a position whose stop rests on the simulator (real loopback HTTP): nothing is
/// sent while the database is gone, the resting stop stays, one alert is sent, and once the database is back the trader
/// resumes by itself — the journal, the engine and the venue agreeing, no client order id sent twice.
/// </summary>
public sealed class AccountTraderPostgresOutageTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-pg-outage-" + Guid.NewGuid().ToString("N"));
    private readonly string _schema = "qari_outage_" + Guid.NewGuid().ToString("N")[..12];
    private string _upstream = "";
    private PostgresProxy? _proxy;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) is not { Length: > 0 } cs) return;
        // A schema of its own: other tests (and other runs) share the server and the journal's table names.
        _upstream = new NpgsqlConnectionStringBuilder(cs) { SearchPath = _schema, Pooling = false }.ConnectionString;
        await ExecuteAsync($"CREATE SCHEMA {_schema}");
        var builder = new NpgsqlConnectionStringBuilder(cs);
        _proxy = new PostgresProxy(builder.Host!, builder.Port);
    }

    [PostgresFact]
    public async Task CycleAsync_PostgresCutBetweenSendingRowAndOutcome_SendsNothingWhileDownAlertsOnceResumesConsistent()
    {
        var proxy = _proxy!;
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        // A short connect timeout so the silent-network phase ends quickly (production keeps Npgsql's bounded defaults);
        // the command timeout stays roomy so a slow shared CI machine does not cause an outage of its own.
        var journalCs = new NpgsqlConnectionStringBuilder(_upstream)
        {
            Host = "127.0.0.1", Port = proxy.Port, Pooling = true, Timeout = 3, CommandTimeout = 10, CancellationTimeout = -1,
        }.ConnectionString;
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null, JournalPostgres = journalCs };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        Assert.IsType<PostgresJournal>(venue.Journal);
        var account = DemoRuntime.DemoAccount;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance) { FiveMinuteHistory = TimeSpan.FromDays(1) };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var sentWhileDown = new List<string>();
        // The ETH entry reaches the venue, then the database goes away before its outcome (or its stop's sending row) is written.
        var exchange = new WriteAheadExchange(venue.Exchange, id =>
        {
            if (proxy.Down) lock (sentWhileDown) sentWhileDown.Add(id);
            return SendingCommitted(id);
        }, placed: request =>
        {
            if (request.Symbol == Eth && request.Side == OrderSide.Buy) proxy.Cut();
        });
        var notifier = new RecordingNotifier();
        var profile = new AccountProfile(account, DemoRuntime.DemoUser, Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var gate = new RiskGate(new SingleNodeEntryLock());
        var journal = venue.Journal;
        var context = new TraderContext(account, "demo", exchange, new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, gate), journal,
            new RuntimeMetrics(), venue.Simulator.State.Clock, notifier)
        {
            Rebuild = old => EngineRestorer.Rebuild(old, journal, profile, TradingSettings.Default, PlanCaps.Default, gate),
        };
        var log = new CapturingLogger();
        var trader = new AccountTrader(context, log);
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);

        // A BTC position whose stop rests on the venue, journaled while the database is up.
        await CycleAsync(trader, scanner, venue, Btc);
        Assert.False(trader.JournalDown);
        var btcStop = Assert.Single(venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);

        // The ETH entry leaves after its sending row; the database is cut as the venue answers: the stop's ownership check
        // (or sending row) fails, so the ETH stop is not sent and the trader waits for the journal.
        await CycleAsync(trader, scanner, venue, Eth);
        Assert.True(proxy.Down, log.All);
        Assert.True(trader.JournalDown, log.All);
        Assert.True(trader.Executor.Degraded);
        Assert.Single(venue.Simulator.State.Engine.AllOrders(DemoSeed.AccountId, Eth), o => o.Side == OrderSide.Buy);
        Assert.DoesNotContain(venue.Simulator.State.Engine.AllOrders(DemoSeed.AccountId, Eth), o => o.Side == OrderSide.Sell);

        // Down for a few cycles (candidates keep coming): refused, then silent (connections accepted, nothing answered:
        // the attempt ends by the connection timeout, not by hanging the turn). Nothing sent, the BTC stop rests.
        for (var i = 0; i < 2; i++) await CycleAsync(trader, scanner, venue, Eth);
        Assert.True(proxy.Refused > 0, "the trader never tried the database while it was down");
        proxy.Stall();
        for (var i = 0; i < 3; i++) await CycleAsync(trader, scanner, venue, Eth);
        Assert.True(trader.JournalDown);
        Assert.Contains(log.Lines, l => l.Text.Contains("journal still unavailable (attempt 3)", StringComparison.Ordinal) && l.Text.Contains("timed out", StringComparison.Ordinal));
        Assert.False(loop.IsCompleted);
        Assert.Empty(sentWhileDown);
        Assert.Contains(venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, Btc), o => o.Id == btcStop.Id);

        // Back: the trader recovers on its own within the back-off (at most MaxSkips cycles between attempts).
        proxy.Restore();
        var cycles = 0;
        while (trader.JournalDown && cycles++ < JournalOutage.MaxSkips + 2) await CycleAsync(trader, scanner, venue, null);
        Assert.False(trader.JournalDown, "the trader did not resume after the database came back:\n" + log.All);
        Assert.False(trader.Executor.Degraded);
        Assert.False(loop.IsCompleted);
        await CycleAsync(trader, scanner, venue, null);
        await stop.CancelAsync();
        await loop;

        // The recovery is named for what recovered: the journal (the exchange never went away).
        Assert.Contains(log.Lines, l => l.Text.Contains("journal writable again", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Text.Contains("exchange reachable", StringComparison.Ordinal));

        // One alert for the episode, without the connection string's password.
        var alert = Assert.Single(notifier.Received, m => m.StartsWith("demo EngineError:", StringComparison.Ordinal));
        Assert.Contains("journal unavailable", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("qari-test", alert, StringComparison.Ordinal);
        // The entry whose answer the outage lost is recognised as ours (its fill, its coins): no false "not ours" finding.
        Assert.DoesNotContain(notifier.Received, m => m.StartsWith("demo Attention:", StringComparison.Ordinal));

        // Every order left only after its sending row was committed; no client id went to the venue twice.
        Assert.All(exchange.Placed, p => Assert.True(p.Committed, $"order {p.ClientId} left before its sending row was committed"));
        var venueOrders = new[] { Btc, Eth }.SelectMany(s => venue.Simulator.State.Engine.AllOrders(DemoSeed.AccountId, s)).ToList();
        Assert.Equal(venueOrders.Count, venueOrders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Equal(exchange.Placed.Count, exchange.Placed.Select(p => p.ClientId).Distinct().Count());

        // Resumed: the ETH position got its stop; the BTC stop is the same resting order.
        Assert.Single(venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, Eth), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
        Assert.Contains(venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, Btc), o => o.Id == btcStop.Id);

        // The journal agrees with the venue: every venue order has its row with an outcome, an engine rebuilt from the
        // journal is the running engine, and its live orders are the venue's open orders.
        var rows = await OrderRowsAsync();
        Assert.Equal(venueOrders.Select(o => o.ClientOrderId).Order(), rows.Keys.Order());
        Assert.All(rows, r => Assert.NotEqual("Sending", r.Value));
        var replayed = EngineRestorer.Restore(journal, profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        Assert.True(replayed.IsSuccess, replayed.Error?.Message);
        Assert.Equal(Trades(trader.Engine), Trades(replayed.Value.Engine));
        Assert.Equal(2, trader.Engine.ActiveTrades.Count);
        Assert.Equal(LiveOrders(trader.Engine), LiveOrders(replayed.Value.Engine));
        var open = await venue.Exchange.GetOpenOrdersAsync(null, CancellationToken.None);
        Assert.True(open.IsSuccess, open.Error?.Message);
        Assert.Equal(LiveOrders(trader.Engine), open.Value.Select(o => o.ClientOrderId!.Value.Value).Order().ToList());
    }

    [PostgresFact]
    public async Task RunAsync_PostgresDownAtStart_FailsTheQueuedWorkInsteadOfLeavingItWaiting()
    {
        var proxy = _proxy!;
        var journalCs = new NpgsqlConnectionStringBuilder(_upstream) { Host = "127.0.0.1", Port = proxy.Port, Pooling = true }.ConnectionString;
        using var journal = await PostgresJournal.OpenAsync(journalCs, 1, CancellationToken.None);
        var account = new AccountId(Guid.NewGuid());
        var profile = new AccountProfile(account, new UserId(account.Value), Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var engine = new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        var venue = new CandleOnlyExchange(Btc, new Dictionary<Timeframe, Candle[]>());
        var trader = new AccountTrader(new TraderContext(account, "down-at-start", venue, engine, journal, new RuntimeMetrics(), TimeProvider.System, new RecordingNotifier()),
            NullLogger.Instance);
        // What a trader grain does on activation: queue the reconciliation, start the loop, wait for the reconciliation.
        var reconciled = trader.ReconcileAsync();
        proxy.Cut();

        await Assert.ThrowsAsync<NpgsqlException>(() => trader.RunAsync(CancellationToken.None));

        // The waiter learns it now (the guard only turns a hang into a failure); later work is refused, nothing ran.
        await Assert.ThrowsAsync<NpgsqlException>(() => reconciled.WaitAsync(TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => trader.PostAsync().WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, trader.Epoch);
        Assert.False(trader.Reconciled);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null) await _proxy.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_upstream.Length > 0) await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static async Task CycleAsync(AccountTrader trader, Scanner scanner, DemoVenue venue, Symbol? candidateOn)
    {
        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        if (candidateOn is { } symbol)
        {
            var price = venue.Simulator.State.Feed.PriceAt(symbol, venue.Simulator.State.NowMs)!.Value;
            var candidate = new TradeCandidate(symbol, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
            // The two test symbols declared uncorrelated (really 0.9): the second entry is the one the outage interrupts.
            scan = scan with { Candidates = [candidate], Correlations = new CorrelationMatrix().Set(Btc, Eth, 0.2) };
        }
        await trader.CycleAsync(scan, new HashSet<Symbol>());
    }

    private static List<(TradeId, Symbol, decimal, decimal)> Trades(TradingEngine engine) =>
        [.. engine.ActiveTrades.Values.OrderBy(t => t.Id.Value).Select(t => (t.Id, t.Symbol, t.Position.Quantity, t.Position.StopPrice))];

    private static List<string> LiveOrders(TradingEngine engine) =>
        [.. engine.Orders.Orders.Where(o => o.IsLive).Select(o => o.Id.Value).Order()];

    // Read straight from the server (not through the proxy): what is committed, whatever the proxy is doing.
    private bool SendingCommitted(string clientId)
    {
        using var db = new NpgsqlConnection(_upstream);
        db.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM qari_orders WHERE client_id = @id AND state = 'Sending'", db);
        cmd.Parameters.AddWithValue("id", clientId);
        return (long)cmd.ExecuteScalar()! == 1;
    }

    private async Task<Dictionary<string, string>> OrderRowsAsync()
    {
        await using var db = new NpgsqlConnection(_upstream);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT client_id, state FROM qari_orders", db);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0), reader.GetString(1));
        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = new NpgsqlConnection(_upstream);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync();
    }
}
