using Qari.Model.Ids;

namespace Qari.Connect;

/// <summary>Where the connect flow reaches each exchange and which IP its requests leave from.</summary>
public sealed record ConnectorOptions
{
    /// <summary>Base URLs that replace an exchange's production host (testnets, the simulator).</summary>
    public IReadOnlyDictionary<ExchangeId, Uri> BaseUrls { get; init; } = new Dictionary<ExchangeId, Uri>();

    /// <summary>
    /// The public IP Qari's requests come from (configuration <c>Qari:EgressIp</c>), shown as the IP to whitelist.
    /// Null: unknown — Qari never looks it up over the network.
    /// </summary>
    public string? EgressIp { get; init; }

    /// <summary>Per-request timeout towards the exchange.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Delay between retries of read requests.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
