using Qari.Exchanges.Http;

namespace Qari.Exchanges.Coinbase;

/// <summary>Coinbase Advanced Trade limits: public endpoints 10 req/s per IP, private endpoints 30 req/s per key.</summary>
public static class CoinbaseRateLimits
{
    /// <summary>The policy.</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("PUBLIC_1S", RateLimitScope.Ip, 10, TimeSpan.FromSeconds(1)),
        new RateLimitRule("PRIVATE_1S", RateLimitScope.Key, 30, TimeSpan.FromSeconds(1)),
    ]);
}
