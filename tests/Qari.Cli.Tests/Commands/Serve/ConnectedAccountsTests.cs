using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Keys;
using Qari.Cli.Commands.Serve;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Accounts;
using Qari.Runtime.Demo;
using Qari.Runtime.Grains;
using Qari.Runtime.Hosting;
using Qari.Runtime.Notifications;
using Qari.Simulator.Accounts;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;
using Qari.Storage.Database;
using Qari.Vault.Tests.Support;
using Symbol = Qari.Model.Ids.Symbol;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>
/// <c>qari serve --accounts</c> on several nodes: one PostgreSQL holds the cluster's membership, the journal and the key
/// vault; the keys are added once with the real <c>qari keys add</c>, each node reads them through
/// <see cref="ConnectedAccounts"/> (its own data directory, no SQLite file, the master key its own configuration), and
/// both run <see cref="AccountsCluster"/> against the in-process simulator over loopback HTTP. The node hosting the
/// traders is stopped mid-run (gracefully, or killed as a crash would); the traders resume on the other node, restore from the shared journal, reconcile, and
/// the simulator's own records show no duplicate order and every position covered by one stop.
/// </summary>
public sealed partial class ConnectedAccountsTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly string MasterKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];
    private static readonly SimKey[] Keys =
    [
        new("pgNodeKeyA01", "pg/node+Secret=A-0123456789abcdef~1", "pa", AllowedIps: Loopback),
        new("pgNodeKeyB02", "pg/node+Secret=B-0123456789abcdef~2", "pb", AllowedIps: Loopback),
        new("pgNodeKeyC03", "pg/node+Secret=C-0123456789abcdef~3", "pc", AllowedIps: Loopback),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "qari-pg-accounts-" + Guid.NewGuid().ToString("N"));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private ILoggerFactory _factory = null!;
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync()
    {
        _factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(_logs));
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var library = CandleLibrary.Load(data);
        Assert.True(library.IsSuccess);
        var seed = new SimulatorSeed
        {
            Accounts = [.. Keys.Select(k => new SeedAccount(k.AccountId, new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [k]))],
        };
        var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Seed = seed, Candles = library.Value, Time = new StillTime(DateTimeOffset.UtcNow), Start = ReplayWindow.DefaultStart(library.Value, 10),
        });
        Assert.True(host.IsSuccess);
        _sim = host.Value;
        _sim.State.Feed.PlayUntil(_sim.State.NowMs);
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "hook.json"), """{"symbols":["BTC/USDT"],"everyCycles":1,"target1":0.2,"target2":0.3}""");
    }

    [PostgresFact]
    public Task OpenAsync_TwoNodesOnOnePostgres_SameKeys_NodeStoppedMidRun_TradersResumeWithoutDuplicates() => TwoNodesAsync(abrupt: false);

    [PostgresFact]
    public Task OpenAsync_TwoNodesOnOnePostgres_SameKeys_NodeKilledMidRun_TradersResumeWithoutDuplicates() => TwoNodesAsync(abrupt: true);

    private async Task TwoNodesAsync(bool abrupt)
    {
        await using var postgres = await ScratchPostgres.CreateAsync("qari_accnodes_");
        _environment[VaultLocation.ClusterVariable] = postgres.ConnectionString;
        _environment["QARI_MASTER_KEY"] = MasterKey;
        var nodeA = Path.Combine(_root, "node-a");
        var nodeB = Path.Combine(_root, "node-b");

        // Keys added once, on node A; node B never runs `qari keys`.
        foreach (var key in Keys)
        {
            var (code, output) = await KeysAsync(nodeA, key.KeyId + "\n" + key.Secret + "\n", "keys", "add", "--exchange", "binance", "--base-url", _sim.BaseUrl.ToString(), "--label", key.AccountId);
            Assert.True(code == 0, output);
        }
        var listedOnB = await KeysAsync(nodeB, "", "keys", "list");
        Assert.Equal(0, listedOnB.Code);
        foreach (var key in Keys) Assert.Matches($@"binance\s+{key.AccountId}\s+\S+\s+Connected", listedOnB.Output);

        using var keysA = await OpenAsync(nodeA);
        using var keysB = await OpenAsync(nodeB);
        Assert.Equal(keysA.Trading.Select(a => (a.Account, a.Name)), keysB.Trading.Select(a => (a.Account, a.Name)));
        Assert.Equal(Keys.Length, keysA.Trading.Count);
        Assert.Contains("PostgreSQL database", keysB.Location.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(nodeA, "qari.db")) || File.Exists(Path.Combine(nodeB, "qari.db")), "a SQLite vault was written");

        var clusterId = "qari-accnodes-" + Guid.NewGuid().ToString("N")[..8];
        var a = await StartAsync(nodeA, keysA, postgres, clusterId);
        var aStopped = false;
        AccountsCluster? b = null;
        try
        {
            b = await StartAsync(nodeB, keysB, postgres, clusterId);
            var before = await StatusesAsync(b, keysB);
            Assert.All(before, s => Assert.Equal(a.SiloAddress, s.Silo));

            // A cycle: both nodes see the close, the scanner runs it once, every account enters with a resting stop.
            Advance();
            Assert.True(await a.PollOnceAsync(CancellationToken.None));
            await b.PollOnceAsync(CancellationToken.None);
            var stopsBefore = new Dictionary<string, long>();
            foreach (var key in Keys)
            {
                var stop = Assert.Single(_sim.State.Engine.OpenOrders(key.AccountId, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
                stopsBefore[key.AccountId] = stop.Id;
            }

            // Node A stops mid-run; the next closes reach every trader on node B.
            var stoppedSilo = a.SiloAddress;
            if (abrupt) await a.KillAsync();
            else await a.DisposeAsync();
            aStopped = true;
            var moved = await UntilAllMovedAsync(b, keysB, stoppedSilo);
            foreach (var (status, previous) in moved.Zip(before))
            {
                Assert.Equal(b.SiloAddress, status.Silo);
                Assert.True(status.Epoch > previous.Epoch, $"{status.Account}: epoch {status.Epoch} after the move, {previous.Epoch} before");
                Assert.False(status.Fenced);
                Assert.False(status.Degraded, $"{status.Account} degraded after the move\n{Tail()}");
                Assert.Equal(1, status.OpenTrades);
            }
            Advance();
            Assert.True(await b.PollOnceAsync(CancellationToken.None));

            // Each moved engine was rebuilt from the shared journal (its open trade), and node B's run journals beside node A's.
            Assert.True(_logs.Entries.Count(e => RestoredOpen().IsMatch(e)) >= Keys.Length, Tail());
            foreach (var status in moved)
            {
                Assert.Equal(2L, await postgres.ScalarAsync<long>($"SELECT count(DISTINCT run) FROM qari_journal WHERE account = '{status.Account}'"));
                Assert.Equal(status.Epoch, await postgres.ScalarAsync<long>($"SELECT epoch FROM qari_ownership WHERE account = '{status.Account}'"));
            }

            // From the simulator's own records: unique client ids, one entry each, the same single stop covering the position.
            foreach (var key in Keys)
            {
                var orders = _sim.State.Engine.AllOrders(key.AccountId, Btc);
                Assert.Equal(orders.Count, orders.Select(o => o.ClientOrderId).Distinct().Count());
                Assert.Single(orders, o => o.Side == OrderSide.Buy);
                var stop = Assert.Single(_sim.State.Engine.OpenOrders(key.AccountId, Btc), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
                Assert.Equal(stopsBefore[key.AccountId], stop.Id);
                var held = _sim.State.Engine.Balances(key.AccountId).Single(x => x.Asset == "BTC");
                Assert.True(held.Free + held.Locked > 0m && stop.Quantity <= held.Free + held.Locked, $"{key.AccountId}: stop for {stop.Quantity}, {held.Free + held.Locked} held");
            }

            // The vault's rows in PostgreSQL are ciphertext: no secret in any encoding.
            var rows = await postgres.DumpAsync("credentials");
            Assert.Equal(Keys.Length, rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            foreach (var key in Keys)
            {
                Assert.Empty(SecretForms.FoundIn(key.Secret, rows));
                Assert.Empty(SecretForms.FoundIn(key.Secret, _logs.AllText));
            }
        }
        finally
        {
            if (!aStopped) await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task OpenAsync_ClusterPostgresUnreachable_FailsNamingTheServerNotThePassword()
    {
        const string password = "pg-node-Pa55-never-shown";
        var port = QariSilo.FreePort();
        _environment[VaultLocation.ClusterVariable] = $"Host=127.0.0.1;Port={port};Database=qari;Username=qari;Password={password};Timeout=3";
        _environment["QARI_MASTER_KEY"] = MasterKey;
        var (io, error) = Console();

        using var opened = await ConnectedAccounts.OpenAsync(Path.Combine(_root, "node"), io, new LogNotifier(_factory.CreateLogger("t")), _factory, CancellationToken.None);

        Assert.Null(opened);
        Assert.Contains("FAIL cannot open the key vault", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(VaultLocation.ClusterVariable, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "node", "qari.db")));
    }

    private async Task<ConnectedAccounts> OpenAsync(string directory)
    {
        var (io, error) = Console();
        var opened = await ConnectedAccounts.OpenAsync(directory, io, new LogNotifier(_factory.CreateLogger("qari")), _factory, CancellationToken.None);
        Assert.True(opened is not null, error.ToString());
        return opened;
    }

    private async Task<AccountsCluster> StartAsync(string directory, ConnectedAccounts keys, ScratchPostgres postgres, string clusterId)
    {
        var options = new AccountsOptions
        {
            DataDirectory = directory,
            BaseUrls = new Dictionary<ExchangeId, Uri> { [ExchangeId.Binance] = _sim.BaseUrl },
            Symbols = [Btc],
            ClockResync = TimeSpan.Zero,
            TestCandidatesFile = Path.Combine(_root, "hook.json"),
            KeyRefused = keys.MarkRefusedAsync,
            Environment = n => _environment.GetValueOrDefault(n),
        };
        var silo = new QariSiloOptions
        {
            PostgresConnectionString = postgres.ConnectionString, ClusterId = clusterId, ServiceId = clusterId,
            SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort(), AdvertisedAddress = IPAddress.Loopback, ResponseTimeout = TimeSpan.FromSeconds(20),
        };
        var started = await AccountsCluster.StartAsync(options, keys.Trading, silo, _factory, CancellationToken.None, FastFailureDetection);
        Assert.True(started.IsSuccess, started.Error?.Message + "\n" + Tail());
        Assert.Equal(Keys.Length, started.Value.Trading.Count);
        return started.Value;
    }

    private static async Task<List<TraderStatus>> StatusesAsync(AccountsCluster node, ConnectedAccounts keys)
    {
        var statuses = new List<TraderStatus>();
        foreach (var account in keys.Trading) statuses.Add(await node.Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(account.Account)).StatusAsync());
        return statuses;
    }

    // Closes keep coming; a trader's grain reactivates on the surviving node when a cycle (or this status call) reaches it.
    private async Task<List<TraderStatus>> UntilAllMovedAsync(AccountsCluster survivor, ConnectedAccounts keys, string stoppedSilo)
    {
        var failures = new List<string>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            try
            {
                Advance();
                await survivor.PollOnceAsync(CancellationToken.None);
                var statuses = await StatusesAsync(survivor, keys);
                if (statuses.All(s => s.Silo != stoppedSilo)) return statuses;
                failures.Add("still on the stopped silo: " + string.Join(", ", statuses.Where(s => s.Silo == stoppedSilo).Select(s => s.Account)));
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"{ex.GetType().Name}: {ex.Message}");
            }
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException("the traders never came back on the other node: " + string.Join(" | ", failures) + "\n" + Tail());
    }

    // A stopped silo is declared dead within seconds rather than the production default of about a minute.
    private static void FastFailureDetection(Orleans.Hosting.ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
    });

    private async Task<(int Code, string Output)> KeysAsync(string dataDir, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(stdin), InputRedirected: true, n => _environment.GetValueOrDefault(n));
        var root = new RootCommand("qari");
        root.Subcommands.Add(KeysCommand.Create(new KeysContext(console, _factory)));
        var code = await root.Parse([.. args, "--data-dir", dataDir]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output + error.ToString());
    }

    private (CliConsole Io, StringWriter Error) Console()
    {
        var error = new StringWriter();
        return (new CliConsole(new StringWriter(), error, new StringReader(""), InputRedirected: true, n => _environment.GetValueOrDefault(n)), error);
    }

    private void Advance()
    {
        _sim.State.Clock.Advance(TimeSpan.FromMinutes(5));
        _sim.State.Feed.PlayUntil(_sim.State.NowMs);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"engine restored from [1-9][0-9]* journaled inputs, 1 open trade")]
    private static partial System.Text.RegularExpressions.Regex RestoredOpen();

    private string Tail() => string.Join("\n", _logs.Entries.TakeLast(60));

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
