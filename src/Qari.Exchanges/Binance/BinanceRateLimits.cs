using Qari.Exchanges.Http;

namespace Qari.Exchanges.Binance;

/// <summary>Binance's published spot limits (exchangeInfo.rateLimits): request weight per IP, order counts per account.</summary>
public static class BinanceRateLimits
{
    /// <summary>REQUEST_WEIGHT 6000 per minute per IP; ORDERS 50 per 10 s and 160,000 per day per account.</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("REQUEST_WEIGHT", RateLimitScope.Ip, 6000, TimeSpan.FromMinutes(1)),
        new RateLimitRule("ORDERS_10S", RateLimitScope.Key, 50, TimeSpan.FromSeconds(10)),
        new RateLimitRule("ORDERS_1D", RateLimitScope.Key, 160_000, TimeSpan.FromDays(1)),
    ]);
}
