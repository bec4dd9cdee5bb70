using Qari.Exchanges.Http;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin's published quotas: resource pools refreshed every 30 s. Public pool per IP 2000; the account's Spot
/// pool (VIP0 4000) and Management pool (VIP0 2000) per UID. The pipeline has one key gate, so both private pools
/// are metered together at the smaller size (conservative). Exceeding answers HTTP 429 with code 429000.
/// </summary>
public static class KucoinRateLimits
{
    /// <summary>Length of one quota window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    /// <summary>The policy: public pool per IP, private pools per key.</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("PUBLIC_POOL", RateLimitScope.Ip, 2000, Window),
        new RateLimitRule("SPOT_MANAGEMENT_POOL", RateLimitScope.Key, 2000, Window),
    ]);
}
