namespace Qari.Exchanges.Gate;

/// <summary>
/// Gate's published limits: public endpoints 200 requests per 10 s per endpoint per IP; spot order placement 10/s
/// per UID and market; cancellation 200/s per UID; other private endpoints 200 per 10 s per endpoint per UID.
/// Exceeding answers HTTP 429 with label TOO_MANY_REQUESTS.
/// </summary>
public static class GateRateLimits
{
    /// <summary>Window of the per-endpoint limits.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    /// <summary>Requests per window per public endpoint per IP.</summary>
    public const int PublicPerEndpointPerWindow = 200;
    /// <summary>Requests per window per private endpoint per UID.</summary>
    public const int PrivatePerEndpointPerWindow = 200;
    /// <summary>Order placements per second per UID and market.</summary>
    public const int OrderPlacementsPerSecondPerMarket = 10;
    /// <summary>Cancellations per second per UID.</summary>
    public const int CancellationsPerSecond = 200;

    /// <summary>True for endpoints limited per IP rather than per key.</summary>
    public static bool IsPublic(string path) =>
        path is GateEndpoints.Time or GateEndpoints.CurrencyPairs or GateEndpoints.Candlesticks or GateEndpoints.OrderBook or GateEndpoints.Tickers;
}
