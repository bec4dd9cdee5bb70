using Qari.Exchanges.Http;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// Kraken's limits: public calls about 1/s per IP (bursts allowed); the private call counter per key (max 20,
/// decaying 0.5/s for Intermediate accounts) approximated as 20 units per 40 s. Kraken sends no rate headers.
/// </summary>
public static class KrakenRateLimits
{
    /// <summary>The policy.</summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("PUBLIC_1M", RateLimitScope.Ip, 60, TimeSpan.FromMinutes(1)),
        new RateLimitRule("CALL_COUNTER", RateLimitScope.Key, 20, TimeSpan.FromSeconds(40)),
    ]);
}
