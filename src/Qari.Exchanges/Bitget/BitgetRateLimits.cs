using Qari.Exchanges.Http;

namespace Qari.Exchanges.Bitget;

/// <summary>Bitget's published limits: market data 20 req/s per IP; place-order 10 req/s per UID; an overall IP cap (6000/min, unverified).</summary>
public static class BitgetRateLimits
{
    /// <summary>The policy (every endpoint weighs 1 per IP; order placement weighs 1 per key).</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("IP_1M", RateLimitScope.Ip, 6000, TimeSpan.FromMinutes(1)),
        new RateLimitRule("PLACE_ORDER_1S", RateLimitScope.Key, 10, TimeSpan.FromSeconds(1)),
    ]);
}
