using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Runtime.Grains;
using Qari.Runtime.Hosting;
using Qari.Runtime.Journal;
using Qari.Simulator.Accounts;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Demo;

/// <summary>
/// <c>qari serve</c>'s path: the demo on a single-node localhost silo, the scanner grain fanning a cycle with a known
/// candidate out to the demo trader grain, which places a protected entry on the simulator and journals it.
/// </summary>
public sealed class DemoClusterTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-cluster-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Step_WithACandidate_TraderGrainPlacesAProtectedEntryAndStatusShowsIt()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        // The analysis default threshold (60): only the known candidate trades.
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null };
        var silo = new QariSiloOptions { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };
        var started = await DemoCluster.StartAsync(options, silo, NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var demo = started.Value;
        Assert.True(demo.Metrics.Ready);

        var state = demo.Venue.Simulator.State;
        var price = state.Feed.PriceAt(Btc, state.NowMs)!.Value;
        var candidate = ScanMapper.ToDto(new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the execution path", []));
        var report = await demo.StepAsync([candidate], CancellationToken.None);

        var outcome = Assert.Single(report.Accounts);
        Assert.Null(outcome.Failure);
        Assert.Equal(1, outcome.Status!.OpenTrades);
        Assert.Equal(1, demo.Cycles);
        var stop = Assert.Single(state.Engine.OpenOrders(DemoSeed.AccountId, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
        Assert.InRange(stop.StopPrice!.Value, price * 0.80m, price * 0.90m);
        var status = StatusReader.Read(_dir);
        Assert.True(status.IsSuccess, status.Error?.Message);
        Assert.Contains(status.Value, a => a.Positions.Any(p => p.Symbol == Btc));
    }

    [Fact]
    public async Task Run_150Cycles_NeverWaitsOnTheRateLimiter()
    {
        // Before the limiter followed the simulator's clock, the demo spent 6,000 weight of a real minute in 48 cycles
        // and then waited for the next one; now a cycle's weight (about 60 here, where candidates appear in most cycles)
        // is metered against the five minutes of market time each cycle advances. The extra rule only counts the weight.
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MaxCycles = 150,
            TestRateLimit = new Qari.Exchanges.Http.RateLimitRule("COUNT", Qari.Exchanges.Http.RateLimitScope.Ip, 1_000_000_000, TimeSpan.FromDays(365)) };
        var silo = new QariSiloOptions { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };
        var started = await DemoCluster.StartAsync(options, silo, NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var demo = started.Value;
        var gate = demo.Venue.Limits.ForIp(ExchangeId.Binance, "default", Qari.Exchanges.Binance.BinanceRateLimits.Policy);
        var atStart = 1_000_000_000 - gate.Available()["COUNT"];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await demo.RunAsync(timeout.Token);
        var perCycle = (1_000_000_000 - gate.Available()["COUNT"] - atStart) / (double)demo.Cycles;
        Assert.Equal(150, demo.Cycles);
        Assert.InRange(perCycle, 10, 6000 / 5);
        Assert.Equal(0, demo.Metrics.LimiterWaits());
        Assert.Equal(0, demo.Metrics.RateLimitWaits.Value);
        Assert.Contains("qari_rate_limiter_waits_total 0\n", demo.Metrics.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CancelledWhileACycleWaitsOnTheLimiter_StopsAndLeavesAReadableJournal()
    {
        // A tiny extra limit (1,000 weight per day of market time): start-up fits, then after some cycles a request
        // waits for the next market day, which never comes while the cycle waits. Cancelling must end that wait.
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10,
            TestRateLimit = new Qari.Exchanges.Http.RateLimitRule("TINY", Qari.Exchanges.Http.RateLimitScope.Ip, 1000, TimeSpan.FromDays(1)) };
        var silo = new QariSiloOptions { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };
        var started = await DemoCluster.StartAsync(options, silo, NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        var demo = started.Value;
        try
        {
            using var stop = new CancellationTokenSource();
            var run = demo.RunAsync(stop.Token);
            for (var i = 0; i < 600 && demo.Metrics.LimiterWaits() == 0 && !run.IsCompleted; i++) await Task.Delay(100);
            Assert.True(demo.Metrics.LimiterWaits() > 0, $"no request waited on the limiter after {demo.Cycles} cycles");
            var blockedAt = demo.Cycles;
            await Task.Delay(300);
            Assert.False(run.IsCompleted);
            Assert.Equal(blockedAt, demo.Cycles);

            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(blockedAt, demo.Cycles);
        }
        finally
        {
            await demo.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        // Nothing half-written: every journal row of the run reads back, and the status snapshot is there.
        using (var journal = JournalStore.Open(_dir, 0))
            Assert.True(JournalReader.Read(journal, DemoRuntime.DemoAccount).IsSuccess);
        Assert.True(StatusReader.Read(_dir).IsSuccess);
    }

    [Fact]
    public async Task Start_WithAClusterDatabase_RefusesBecauseTheDemoVenueIsPerNode()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir };
        var started = await DemoCluster.StartAsync(options, new QariSiloOptions { PostgresConnectionString = "Host=127.0.0.1" }, NullLoggerFactory.Instance);
        Assert.False(started.IsSuccess);
        Assert.Contains("one node", started.Error!.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
