using Qari.Exchanges.Http;

namespace Qari.Exchanges.Bybit;

/// <summary>Bybit's published limits (docs v5 rate-limit), in one place.</summary>
public static class BybitRateLimits
{
    /// <summary>
    /// 600 requests per 5 s per IP (beyond it: HTTP 403 and a ban of ≥10 min), and spot create/cancel 20 per second
    /// per UID each — metered here as one 20/s bucket for both, which is stricter than Bybit and never trips it.
    /// </summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("IP_5S", RateLimitScope.Ip, 600, TimeSpan.FromSeconds(5)),
        new RateLimitRule("SPOT_ORDERS_1S", RateLimitScope.Key, 20, TimeSpan.FromSeconds(1)),
    ]);
}
