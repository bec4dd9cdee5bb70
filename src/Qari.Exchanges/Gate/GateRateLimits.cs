using Qari.Exchanges.Http;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Gate's published limits: public endpoints 200 requests per 10 s per endpoint per IP; private endpoints 200 per
/// 10 s per endpoint per UID, spot order placement 10/s per UID and market, cancellation 200/s. The pipeline meters
/// one budget per scope, so Qari keeps every public call of an IP, and every private call of a key, within one
/// endpoint's budget (conservative). Exceeding answers HTTP 429 with label TOO_MANY_REQUESTS.
/// </summary>
public static class GateRateLimits
{
    /// <summary>Window of the per-endpoint limits.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>The policy: public budget per IP, private budget per key.</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("PUBLIC_200_PER_10S", RateLimitScope.Ip, 200, Window),
        new RateLimitRule("PRIVATE_200_PER_10S", RateLimitScope.Key, 200, Window),
    ]);
}
