namespace Qari.Exchanges.Http;

/// <summary>Where and how to reach one exchange: base URL (live, testnet, demo, or the local simulator) and pipeline settings.</summary>
public sealed record ExchangeHttpOptions(Uri BaseUrl)
{
    /// <summary>The egress IP (or any stable name for it) whose rate limits this node shares; all accounts sending from it share one budget.</summary>
    public string EgressIp { get; init; } = "default";

    /// <summary>How long to wait for an answer before a read fails (and is retried) or an order becomes an unknown outcome.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra attempts for idempotent reads (GET) after a network error or 5xx. Orders are never retried.</summary>
    public int ReadRetries { get; init; } = 2;

    /// <summary>Delay before the first read retry (doubled for each further one).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to back off after a 429/418 without a Retry-After header.</summary>
    public TimeSpan DefaultBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How far in the past signed timestamps are set, so a slightly overestimated offset never puts them ahead of the server (Binance rejects more than 1 s ahead).</summary>
    public TimeSpan TimestampSafetyMargin { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Server-time samples per clock measurement; the one with the shortest round trip wins.</summary>
    public int ClockSamples { get; init; } = 3;

    /// <summary>How often the server-clock offset is measured again.</summary>
    public TimeSpan ClockResyncInterval { get; init; } = TimeSpan.FromMinutes(10);
}
