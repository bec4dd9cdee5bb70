using Qari.Exchanges.Http;

namespace Qari.Exchanges.Okx;

/// <summary>OKX's published per-endpoint limits folded into two buckets, in one place.</summary>
public static class OkxRateLimits
{
    /// <summary>
    /// Public endpoints: 40 units per 2 s per IP (candles/books cost 1 = 40/2 s, instruments/tickers 2 = 20/2 s,
    /// time 4 = 10/2 s). Private: 60 units per 2 s per account (orders 1 = 60/2 s, algo 3 = 20/2 s, balance 6 =
    /// 10/2 s, config 12 = 5/2 s). Sharing a bucket makes each endpoint's own limit an upper bound, never exceeded.
    /// </summary>
    public static RateLimitPolicy Policy { get; } = new(
    [
        new RateLimitRule("PUBLIC_2S", RateLimitScope.Ip, 40, TimeSpan.FromSeconds(2)),
        new RateLimitRule("PRIVATE_2S", RateLimitScope.Key, 60, TimeSpan.FromSeconds(2)),
    ]);
}
