using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Qari.Runtime.Hosting;

/// <summary>
/// Builds Qari's Orleans silo: clustering and reminders per <see cref="QariSiloOptions"/> (localhost + in-memory by
/// default, ADO.NET on PostgreSQL when configured, its tables installed first), the grains' composition, and the
/// caller's logging.
/// </summary>
public static class QariSilo
{
    /// <summary>The ADO.NET invariant Orleans uses for Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Configures clustering, reminders, endpoints, ids and timeouts on a silo builder.</summary>
    public static ISiloBuilder UseQariCluster(this ISiloBuilder silo, QariSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MultiNode)
        {
            var advertised = options.AdvertisedAddress ?? AdvertisedAddress();
            silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
        }
        else
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        return silo.UseQariMembership(options);
    }

    /// <summary>
    /// Membership and reminders only (multi-node: ADO.NET on PostgreSQL; single node: in-memory reminders, the
    /// membership coming with localhost clustering), plus reminder and call timeouts; for hosts that set endpoints
    /// and ids themselves (the test cluster).
    /// </summary>
    public static ISiloBuilder UseQariMembership(this ISiloBuilder silo, QariSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MultiNode)
        {
            var cs = options.PostgresConnectionString!;
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = cs;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = cs;
            });
        }
        else
        {
            silo.UseInMemoryReminderService();
        }
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = options.MinimumReminderPeriod);
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
        return silo;
    }

    /// <summary>Registers the composition the grains are built from.</summary>
    public static ISiloBuilder AddQariGrains(this ISiloBuilder silo, IRuntimeComposition composition)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(composition);
        return silo;
    }

    /// <summary>
    /// Installs the PostgreSQL tables when multi-node, then builds and starts a silo host logging to
    /// <paramref name="logs"/>; <paramref name="configure"/> adds to the silo (e.g. membership timings).
    /// </summary>
    public static async Task<IHost> StartAsync(QariSiloOptions options, IRuntimeComposition composition, ILoggerFactory logs, CancellationToken ct,
        Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MultiNode) await PostgresSchema.EnsureAsync(options.PostgresConnectionString!, ct).ConfigureAwait(false);
        var host = new HostBuilder()
            .UseOrleans(silo =>
            {
                silo.UseQariCluster(options).AddQariGrains(composition);
                configure?.Invoke(silo);
            })
            .ConfigureServices(s => s.AddSingleton(logs).AddSingleton<IHostLifetime, EmbeddedHostLifetime>())
            .Build();
        await host.StartAsync(ct).ConfigureAwait(false);
        return host;
    }

    /// <summary>A free loopback TCP port (for a single-node silo that must not collide with another on the machine).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IPAddress AdvertisedAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback;
}
