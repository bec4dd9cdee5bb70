using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Accounts;
using Qari.Runtime.Demo;
using Qari.Runtime.Grains;
using Qari.Runtime.Hosting;
using Qari.Simulator.Accounts;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;

namespace Qari.Runtime.Tests.Accounts;

/// <summary>
/// The accounts runtime on a single-node silo against the in-process simulator (loopback HTTP, market time moved by
/// the test): every account trades on the shared scan, a refused key is reported and blocks only its account, and a
/// restart rebuilds each engine from the journal without a second entry or a second stop.
/// </summary>
public sealed class AccountsClusterTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly SimKey KeyA = new("accKeyA", "acc-secret-a-0123456789", "a");
    private static readonly SimKey KeyB = new("accKeyB", "acc-secret-b-0123456789", "b");
    private static readonly SimKey Revoked = new("accKeyR", "acc-secret-r-0123456789", "r", Revoked: true);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-accounts-rt-" + Guid.NewGuid().ToString("N"));
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var library = CandleLibrary.Load(data);
        Assert.True(library.IsSuccess);
        var seed = new SimulatorSeed
        {
            Accounts = [.. new[] { KeyA, KeyB, Revoked }.Select(k => new SeedAccount(k.AccountId, new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [k]))],
        };
        var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Seed = seed, Candles = library.Value, Time = new StillTime(DateTimeOffset.UtcNow), Start = ReplayWindow.DefaultStart(library.Value, 10),
        });
        Assert.True(host.IsSuccess);
        _sim = host.Value;
        _sim.State.Feed.PlayUntil(_sim.State.NowMs);
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "hook.json"), """{"symbols":["BTC/USDT"],"everyCycles":1,"target1":0.2,"target2":0.3}""");
    }

    [Fact]
    public async Task Run_TwoAccountsAndARevokedKey_BothTradeRevokedIsReported_RestartKeepsTheSameStops()
    {
        var refused = new ConcurrentBag<AccountId>();
        var accounts = Accounts();
        var a = accounts[0].Account;
        var r = accounts[2].Account;

        await using (var cluster = await StartAsync(refused))
        {
            Assert.Equal(3, cluster.Trading.Count);
            Advance();
            Assert.True(await cluster.PollOnceAsync(CancellationToken.None));
            Assert.Equal(1, cluster.Cycles);
            var status = await cluster.Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(r)).StatusAsync();
            Assert.True(status.Degraded);
            Assert.Equal(0, status.OpenTrades);
        }
        Assert.Equal([r], refused.Distinct());
        var stopsBefore = new Dictionary<string, long>();
        foreach (var account in new[] { "a", "b" })
        {
            var stop = Assert.Single(_sim.State.Engine.OpenOrders(account, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
            stopsBefore[account] = stop.Id;
        }
        Assert.Empty(_sim.State.Engine.AllOrders("r", Btc));

        await using (var again = await StartAsync(refused))
        {
            var status = await again.Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(a)).StatusAsync();
            Assert.Equal(1, status.OpenTrades);
            Advance();
            Assert.True(await again.PollOnceAsync(CancellationToken.None));
        }
        foreach (var account in new[] { "a", "b" })
        {
            Assert.Single(_sim.State.Engine.AllOrders(account, Btc), o => o.Side == OrderSide.Buy);
            var stop = Assert.Single(_sim.State.Engine.OpenOrders(account, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
            Assert.Equal(stopsBefore[account], stop.Id);
        }
    }

    [Fact]
    public async Task Start_NoAccounts_FailsWithTheReason()
    {
        var started = await AccountsCluster.StartAsync(Options(new ConcurrentBag<AccountId>()), [], Silo(), NullLoggerFactory.Instance);

        Assert.False(started.IsSuccess);
        Assert.Contains("no connected account", started.Error!.Message, StringComparison.Ordinal);
    }

    private async Task<AccountsCluster> StartAsync(ConcurrentBag<AccountId> refused)
    {
        var started = await AccountsCluster.StartAsync(Options(refused), Accounts(), Silo(), NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    private AccountsOptions Options(ConcurrentBag<AccountId> refused) => new()
    {
        DataDirectory = _dir,
        BaseUrls = new Dictionary<ExchangeId, Uri> { [ExchangeId.Binance] = _sim.BaseUrl },
        Symbols = [Btc],
        ClockResync = TimeSpan.Zero,
        TestCandidatesFile = Path.Combine(_dir, "hook.json"),
        KeyRefused = (account, _, _) =>
        {
            refused.Add(account);
            return Task.CompletedTask;
        },
    };

    private static QariSiloOptions Silo() => new() { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };

    private static IReadOnlyList<TradedAccount> Accounts() =>
    [
        .. new[] { KeyA, KeyB, Revoked }.Select(k => new TradedAccount(new AccountId(Guid.Parse($"00000000-0000-4000-8000-0000000000{(int)k.AccountId[0]:x2}")),
            ExchangeId.Binance, k.AccountId, new InMemoryCredentials(k.KeyId, k.Secret))),
    ];

    private void Advance()
    {
        _sim.State.Clock.Advance(TimeSpan.FromMinutes(5));
        _sim.State.Feed.PlayUntil(_sim.State.NowMs);
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
