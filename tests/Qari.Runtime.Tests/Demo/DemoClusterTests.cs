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
