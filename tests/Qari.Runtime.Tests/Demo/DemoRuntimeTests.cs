using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Simulator.Accounts;
using Qari.Simulator.Faults;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Demo;

/// <summary>
/// The demo runtime end to end: in-process simulator, scanner, trader, Binance adapter, SQLite journal. The analysis
/// rarely passes on the shipped weeks of data, so a known candidate is added to a cycle to drive the execution path;
/// every assertion reads the simulator's own records.
/// </summary>
public sealed class DemoRuntimeTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-runtime-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_WithACandidate_PlacesProtectedOrdersAndJournalAgreesWithTheExchange()
    {
        await using var runtime = await Start();
        await Step(runtime, Candidate(runtime, Btc));
        for (var i = 0; i < 5; i++) await runtime.StepAsync(CancellationToken.None);

        var engine = runtime.Simulator.State.Engine;
        var orders = engine.AllOrders(DemoSeed.AccountId, Btc);
        Assert.NotEmpty(orders);
        Assert.Equal(orders.Count, orders.Select(o => o.ClientOrderId).Distinct().Count());
        AssertEveryPositionHasARestingStop(runtime);
        var journaled = JournaledOrders();
        foreach (var o in orders) Assert.Contains(o.ClientOrderId, journaled);
    }

    [Fact]
    public async Task Maintenance_BlocksEntriesKeepsStopsAndTradingResumes()
    {
        await using var runtime = await Start();
        await Step(runtime, Candidate(runtime, Btc));
        var state = runtime.Simulator.State;
        var stopsBefore = state.Engine.OpenOrders(DemoSeed.AccountId, Btc).Where(o => o.Type == OrderType.StopMarket).Select(o => o.ClientOrderId).ToList();
        Assert.NotEmpty(stopsBefore);

        state.Faults.Add(new SimFault(FaultKind.Maintenance, UntilMs: state.NowMs + 3_600_000));
        await runtime.StepAsync(CancellationToken.None);
        await Step(runtime, Candidate(runtime, Eth));
        Assert.True(runtime.Trader.Executor.Degraded);
        Assert.Empty(state.Engine.AllOrders(DemoSeed.AccountId, Eth));
        Assert.Equal(stopsBefore, state.Engine.OpenOrders(DemoSeed.AccountId, Btc).Where(o => o.Type == OrderType.StopMarket).Select(o => o.ClientOrderId).ToList());

        state.Faults.Clear();
        var scan = await runtime.StepAsync([], CancellationToken.None);
        Assert.False(runtime.Trader.Executor.Degraded);
        // ETH moves with the open BTC position (check 12 blocks it): resume on the symbol least correlated with BTC.
        var other = runtime.Scanner.Universe.Where(s => s != Btc).OrderBy(s => scan.Correlations.Correlation(Btc, s) ?? 0).First();
        await Step(runtime, Candidate(runtime, other));
        Assert.NotEmpty(state.Engine.AllOrders(DemoSeed.AccountId, other));
        AssertEveryPositionHasARestingStop(runtime);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static void AssertEveryPositionHasARestingStop(DemoRuntime runtime)
    {
        var engine = runtime.Simulator.State.Engine;
        foreach (var (asset, free, locked) in engine.Balances(DemoSeed.AccountId).Where(b => b.Asset != "USDT" && b.Free + b.Locked > 0))
        {
            var symbol = new Symbol(asset, "USDT");
            var buys = engine.AllOrders(DemoSeed.AccountId, symbol).Where(o => o.Side == OrderSide.Buy).SelectMany(o => o.Fills).ToList();
            var average = buys.Sum(f => f.Price * f.Quantity) / buys.Sum(f => f.Quantity);
            var stops = engine.OpenOrders(DemoSeed.AccountId, symbol).Where(o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell).ToList();
            var stop = Assert.Single(stops);
            Assert.InRange(stop.StopPrice!.Value, average * 0.70m, average * 0.90m);
            Assert.True(stop.Quantity <= free + locked);
        }
    }

    private static Task<Qari.Runtime.Scanning.ScanResult> Step(DemoRuntime runtime, TradeCandidate candidate) => runtime.StepAsync([candidate], CancellationToken.None);

    // A candidate whose entry zone sits just above the market (so leg 1 fills at once), stop band 15% below, R/R > 3.
    private static TradeCandidate Candidate(DemoRuntime runtime, Symbol symbol)
    {
        var price = runtime.Simulator.State.Feed.PriceAt(symbol, runtime.Simulator.State.NowMs)!.Value;
        return new TradeCandidate(symbol, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the execution path", []);
    }

    private async Task<DemoRuntime> Start()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var started = await DemoRuntime.StartAsync(new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 30 }, NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    private HashSet<string> JournaledOrders()
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(_dir, "qari.db")};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT client_id FROM orders";
        using var reader = cmd.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
