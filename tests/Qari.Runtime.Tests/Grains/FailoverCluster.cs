using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Configuration;
using Orleans.TestingHost;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Runtime.Grains;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;
using Qari.Runtime.Ownership;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Grains;

/// <summary>
/// Two in-process silos hosting the demo's scanner and trader grains, all trading against one in-process simulator
/// over loopback HTTP and sharing one journal (SQLite, or with PostgreSQL membership the PostgreSQL journal): either Orleans' <see cref="InProcessTestCluster"/> (its own in-memory
/// membership), or two silos built by <see cref="QariSilo"/> itself with ADO.NET membership and reminders on
/// PostgreSQL plus an external client. A kill is what the test host does: the host stopped with a cancelled token.
/// </summary>
internal sealed class FailoverCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster? _testCluster;
    private readonly List<IHost> _silos;
    private readonly IHost? _client;

    private FailoverCluster(DemoVenue venue, DemoComposition composition, ExchangeGate gate, string clusterId, IGrainFactory grains,
        InProcessTestCluster? testCluster, List<IHost> silos, IHost? client, IOwnershipStore ownership)
    {
        Ownership = ownership;
        Venue = venue;
        Composition = composition;
        Gate = gate;
        ClusterId = clusterId;
        Grains = grains;
        _testCluster = testCluster;
        _silos = silos;
        _client = client;
    }

    public DemoVenue Venue { get; }

    /// <summary>Where the fencing epochs are (the journal's SQLite, or PostgreSQL shared by the nodes).</summary>
    public IOwnershipStore Ownership { get; }

    public DemoComposition Composition { get; }

    public ExchangeGate Gate { get; }

    public string ClusterId { get; }

    public IGrainFactory Grains { get; }

    public IScannerGrain Scanner => Grains.GetGrain<IScannerGrain>(GrainKeys.Scanner(ExchangeId.Binance));

    public ITraderGrain Trader => Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(DemoRuntime.DemoAccount));

    public static async Task<FailoverCluster> StartAsync(string dataDirectory, string? postgres, TimeSpan? reconcilePeriod = null)
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        // The analysis default threshold (60): only the test's known candidates trade, so every order is accounted for.
        // On PostgreSQL the journal is there too (shared by the nodes), not in a SQLite file only this machine could read.
        var options = new DemoOptions
        {
            CandleDirectory = data, DataDirectory = dataDirectory, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null, JournalPostgres = postgres,
        };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        var venue = started.Value;
        var gate = new ExchangeGate();
        // The fencing epochs live beside the journal: its SQLite file, or PostgreSQL's qari_ownership.
        var ownership = venue.Journal.Ownership;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance, _ => new GatedExchange(venue.Exchange, gate), ownership)
        {
            FiveMinuteHistory = TimeSpan.FromDays(1),
            ReconcilePeriod = reconcilePeriod ?? TimeSpan.FromMinutes(5),
        };
        // A cluster of its own per run, so rows other runs left in a shared PostgreSQL do not matter.
        var clusterId = "qari-failover-" + Guid.NewGuid().ToString("N")[..8];
        if (postgres is null)
        {
            var builder = new InProcessTestClusterBuilder(2);
            builder.Options.ClusterId = clusterId;
            builder.Options.ServiceId = clusterId;
            builder.ConfigureSilo((_, s) =>
            {
                s.UseQariMembership(new QariSiloOptions { ResponseTimeout = CallTimeout, MinimumReminderPeriod = TimeSpan.FromSeconds(1) }).AddQariGrains(composition);
                FastFailureDetection(s);
            });
            builder.ConfigureClient(c => c.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout));
            var cluster = builder.Build();
            await cluster.DeployAsync();
            return new FailoverCluster(venue, composition, gate, clusterId, cluster.Client, cluster, [], null, ownership);
        }
        var silos = new List<IHost>();
        for (var i = 0; i < 2; i++)
        {
            var silo = new QariSiloOptions
            {
                PostgresConnectionString = postgres, ClusterId = clusterId, ServiceId = clusterId, SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort(),
                AdvertisedAddress = IPAddress.Loopback, ResponseTimeout = CallTimeout,
            };
            silos.Add(await QariSilo.StartAsync(silo, composition, NullLoggerFactory.Instance, CancellationToken.None, FastFailureDetection));
        }
        var client = new HostBuilder().UseOrleansClient(c => c
            .UseAdoNetClustering(o =>
            {
                o.Invariant = QariSilo.NpgsqlInvariant;
                o.ConnectionString = postgres;
            })
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = clusterId;
            })
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout)).Build();
        await client.StartAsync();
        return new FailoverCluster(venue, composition, gate, clusterId, client.Services.GetRequiredService<IClusterClient>(), null, silos, client, ownership);
    }

    private static TimeSpan CallTimeout => TimeSpan.FromSeconds(20);

    /// <summary>Kills the silo at <paramref name="address"/>: its host stops with an already-cancelled token, as the test host kills.</summary>
    public async Task KillAsync(string address)
    {
        if (_testCluster is not null)
        {
            await _testCluster.KillSiloAsync(_testCluster.Silos.Single(s => s.SiloAddress.ToString() == address));
            return;
        }
        var host = _silos.Single(h => h.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString() == address);
        _silos.Remove(host);
        try { await host.StopAsync(new CancellationToken(canceled: true)); }
        catch (OperationCanceledException) { /* the abrupt stop is the point */ }
        host.Dispose();
    }

    // Declare a killed silo dead within seconds rather than the production default of about a minute.
    private static void FastFailureDetection(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
    });

    /// <summary>The statuses PostgreSQL's membership table holds for this cluster's silos (3 active, 6 dead).</summary>
    public async Task<IReadOnlyList<int>> MembershipStatusesAsync(string postgres)
    {
        await using var db = new NpgsqlConnection(postgres);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT status FROM orleansmembershiptable WHERE deploymentid = @id ORDER BY status", db);
        cmd.Parameters.AddWithValue("id", ClusterId);
        var statuses = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) statuses.Add(reader.GetInt32(0));
        return statuses;
    }

    /// <summary>How many reminders named <paramref name="name"/> PostgreSQL holds for this cluster's service.</summary>
    public async Task<long> RemindersAsync(string postgres, string name)
    {
        await using var db = new NpgsqlConnection(postgres);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM orleansreminderstable WHERE serviceid = @id AND remindername = @name", db);
        cmd.Parameters.AddWithValue("id", ClusterId);
        cmd.Parameters.AddWithValue("name", name);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>A candidate whose entry zone sits just above the market (leg 1 fills at once), stop band 15% below.</summary>
    public CandidateDto Candidate(Symbol symbol)
    {
        var price = Venue.Simulator.State.Feed.PriceAt(symbol, Venue.Simulator.State.NowMs)!.Value;
        return ScanMapper.ToDto(new TradeCandidate(symbol, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the execution path", []));
    }

    /// <summary>The resting sell stops of a symbol, from the simulator's own records.</summary>
    public IReadOnlyList<string> RestingStops(Symbol symbol) =>
        [.. Venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, symbol).Where(o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell).Select(o => o.ClientOrderId)];

    public async ValueTask DisposeAsync()
    {
        Gate.Release();
        if (_testCluster is not null)
        {
            try { await _testCluster.StopAllSilosAsync(); }
            catch (InvalidOperationException) { /* a killed silo may refuse a second stop; the cluster is being discarded */ }
            await _testCluster.DisposeAsync();
        }
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }
        foreach (var host in _silos)
        {
            await host.StopAsync();
            host.Dispose();
        }
        await Venue.DisposeAsync();
    }
}
