namespace Qari.Exchanges.Kucoin;

/// <summary>
/// Every KuCoin path Qari calls (spot "HF" trading system plus the spot stop-order endpoints). Spot only: there is
/// deliberately no withdrawal, transfer, margin, lending or futures path here, and a test asserts it.
/// </summary>
public static class KucoinEndpoints
{
    /// <summary>Server time (public).</summary>
    public const string Time = "/api/v1/timestamp";
    /// <summary>All symbols and their rules (public).</summary>
    public const string Symbols = "/api/v2/symbols";
    /// <summary>Klines (public; symbol, type, startAt, endAt in seconds).</summary>
    public const string Candles = "/api/v1/market/candles";
    /// <summary>Order book with 20 levels (public).</summary>
    public const string OrderBook20 = "/api/v1/market/orderbook/level2_20";
    /// <summary>Order book with 100 levels (public).</summary>
    public const string OrderBook100 = "/api/v1/market/orderbook/level2_100";
    /// <summary>24h statistics of all symbols (public).</summary>
    public const string AllTickers = "/api/v1/market/allTickers";
    /// <summary>Account balances (type=trade is the spot trading account).</summary>
    public const string Accounts = "/api/v1/accounts";
    /// <summary>Place an HF spot order.</summary>
    public const string HfOrders = "/api/v1/hf/orders";
    /// <summary>Open HF orders of a symbol.</summary>
    public const string HfActiveOrders = "/api/v1/hf/orders/active";
    /// <summary>HF fills of a symbol.</summary>
    public const string HfFills = "/api/v1/hf/fills";
    /// <summary>Place / list spot stop orders.</summary>
    public const string StopOrders = "/api/v1/stop-order";
    /// <summary>Get a stop order by clientOid.</summary>
    public const string StopOrderByClientOid = "/api/v1/stop-order/queryOrderByClientOid";
    /// <summary>Cancel a stop order by clientOid.</summary>
    public const string CancelStopOrderByClientOid = "/api/v1/stop-order/cancelOrderByClientOid";
    /// <summary>The key's own permissions and IP whitelist.</summary>
    public const string ApiKey = "/api/v1/user/api-key";

    /// <summary>An HF order by exchange id (GET, DELETE; symbol in the query).</summary>
    public static string HfOrder(string orderId) => HfOrders + "/" + Uri.EscapeDataString(orderId);

    /// <summary>An HF order by clientOid (GET, DELETE; symbol in the query).</summary>
    public static string HfOrderByClientOid(string clientOid) => HfOrders + "/client-order/" + Uri.EscapeDataString(clientOid);

    /// <summary>A stop order by exchange id (GET, DELETE).</summary>
    public static string StopOrder(string orderId) => StopOrders + "/" + Uri.EscapeDataString(orderId);

    /// <summary>Every fixed path above, for the spot-only test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Time, Symbols, Candles, OrderBook20, OrderBook100, AllTickers, Accounts, HfOrders, HfActiveOrders, HfFills,
        StopOrders, StopOrderByClientOid, CancelStopOrderByClientOid, ApiKey,
        HfOrder("x"), HfOrderByClientOid("x"), StopOrder("x"),
    ];
}
