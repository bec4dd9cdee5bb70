namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin's published request weights. Quotas are resource pools refreshed every 30 s: Public (per IP) and Spot /
/// Management (per UID; VIP0 spot pool 4000 per 30 s). Exceeding answers HTTP 429 with code 429000.
/// </summary>
public static class KucoinRateLimits
{
    /// <summary>Length of one quota window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    /// <summary>Public pool per IP per window.</summary>
    public const int PublicPoolPerWindow = 2000;
    /// <summary>Spot pool per UID per window (VIP0).</summary>
    public const int SpotPoolPerWindow = 4000;
    /// <summary>Management pool per UID per window (VIP0).</summary>
    public const int ManagementPoolPerWindow = 2000;

    /// <summary>Weight of one request to <paramref name="path"/> with <paramref name="method"/> (GET when in doubt).</summary>
    public static int Weight(string method, string path) => (method, path) switch
    {
        (_, KucoinEndpoints.Time) => 3,
        (_, KucoinEndpoints.Symbols) => 4,
        (_, KucoinEndpoints.Candles) => 3,
        (_, KucoinEndpoints.OrderBook20) => 2,
        (_, KucoinEndpoints.OrderBook100) => 4,
        (_, KucoinEndpoints.AllTickers) => 15,
        (_, KucoinEndpoints.Accounts) => 5,
        ("POST", KucoinEndpoints.HfOrders) => 1,
        (_, KucoinEndpoints.HfActiveOrders) => 2,
        (_, KucoinEndpoints.HfFills) => 2,
        ("POST", KucoinEndpoints.StopOrders) => 1,
        (_, KucoinEndpoints.StopOrders) => 8,
        (_, KucoinEndpoints.StopOrderByClientOid) => 3,
        (_, KucoinEndpoints.CancelStopOrderByClientOid) => 5,
        (_, KucoinEndpoints.ApiKey) => 20,
        ("DELETE", _) when path.StartsWith(KucoinEndpoints.HfOrders, StringComparison.Ordinal) => 1,
        (_, _) when path.StartsWith(KucoinEndpoints.HfOrders, StringComparison.Ordinal) => 2,
        ("DELETE", _) when path.StartsWith(KucoinEndpoints.StopOrders, StringComparison.Ordinal) => 3,
        (_, _) when path.StartsWith(KucoinEndpoints.StopOrders, StringComparison.Ordinal) => 3,
        _ => 5,
    };

    /// <summary>True for endpoints metered in the public (per-IP) pool.</summary>
    public static bool IsPublic(string path) =>
        path is KucoinEndpoints.Time or KucoinEndpoints.Symbols or KucoinEndpoints.Candles or KucoinEndpoints.OrderBook20
            or KucoinEndpoints.OrderBook100 or KucoinEndpoints.AllTickers;
}
