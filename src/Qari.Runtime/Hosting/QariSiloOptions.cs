using System.Net;

namespace Qari.Runtime.Hosting;

/// <summary>
/// How a Qari silo joins its cluster. With no PostgreSQL connection string it is a single node on localhost
/// clustering with in-memory reminders; with one it uses Orleans' ADO.NET clustering and reminders on PostgreSQL, so
/// several nodes share the traders and a trader moves when its node dies.
/// </summary>
public sealed record QariSiloOptions
{
    /// <summary>The environment variable that names the cluster's PostgreSQL (an Npgsql connection string).</summary>
    public const string PostgresVariable = "QARI_CLUSTER_POSTGRES";

    /// <summary>The cluster's PostgreSQL (null: single node).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The cluster's id (silos with the same id form one cluster).</summary>
    public string ClusterId { get; init; } = "qari";

    /// <summary>The service's id (reminders and state belong to it across cluster redeployments).</summary>
    public string ServiceId { get; init; } = "qari";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Client gateway port.</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other silos reach this one at (multi-node; null: the host's first non-loopback address).</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>The shortest reminder period allowed (Orleans' default is one minute).</summary>
    public TimeSpan MinimumReminderPeriod { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a grain call may take before it fails (a scanner's warm-up reads weeks of candles).</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>True when configured for several nodes.</summary>
    public bool MultiNode => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>Options from the environment: <see cref="PostgresVariable"/> switches to multi-node.</summary>
    public static QariSiloOptions FromEnvironment() =>
        new() { PostgresConnectionString = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null };
}
