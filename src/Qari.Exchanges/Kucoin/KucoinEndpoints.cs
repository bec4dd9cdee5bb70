using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// Every KuCoin path Qari calls (spot "HF" trading system plus the spot stop-order endpoints), with the weights
/// KuCoin publishes: public endpoints count against the per-IP public pool (<see cref="Endpoint.Weight"/>),
/// private ones against the account's pools (<see cref="Endpoint.KeyWeight"/>). Spot only: there is deliberately
/// no withdrawal, transfer, margin, lending or futures path here, and a test asserts it.
/// </summary>
public sealed class KucoinEndpoints : IEndpointTable
{
    /// <summary>GET server time (public).</summary>
    public static readonly Endpoint Time = Public("timestamp", "/api/v1/timestamp", 3);
    /// <summary>GET all symbols and their rules (public).</summary>
    public static readonly Endpoint Symbols = Public("symbols", "/api/v2/symbols", 4);
    /// <summary>GET klines (public; symbol, type, startAt, endAt in seconds; ≤ 1500 rows, newest first).</summary>
    public static readonly Endpoint Candles = Public("candles", "/api/v1/market/candles", 3);
    /// <summary>GET order book with 20 levels (public).</summary>
    public static readonly Endpoint OrderBook20 = Public("level2_20", "/api/v1/market/orderbook/level2_20", 2);
    /// <summary>GET order book with 100 levels (public).</summary>
    public static readonly Endpoint OrderBook100 = Public("level2_100", "/api/v1/market/orderbook/level2_100", 4);
    /// <summary>GET 24h statistics of all symbols (public).</summary>
    public static readonly Endpoint AllTickers = Public("allTickers", "/api/v1/market/allTickers", 15);
    /// <summary>GET account balances (type=trade is the spot trading account).</summary>
    public static readonly Endpoint Accounts = Private("accounts", HttpMethod.Get, "/api/v1/accounts", 5);
    /// <summary>POST an HF spot order (never retried).</summary>
    public static readonly Endpoint PlaceOrder = Private("hfPlaceOrder", HttpMethod.Post, "/api/v1/hf/orders", 1) with { PlacesOrder = true };
    /// <summary>GET an HF order by id (symbol in the query).</summary>
    public static readonly Endpoint GetOrder = Private("hfGetOrder", HttpMethod.Get, "/api/v1/hf/orders/{orderId}", 2);
    /// <summary>GET an HF order by clientOid (symbol in the query).</summary>
    public static readonly Endpoint GetOrderByClientOid = Private("hfGetOrderByClientOid", HttpMethod.Get, "/api/v1/hf/orders/client-order/{clientOid}", 2);
    /// <summary>DELETE an HF order by id (symbol in the query).</summary>
    public static readonly Endpoint CancelOrder = Private("hfCancelOrder", HttpMethod.Delete, "/api/v1/hf/orders/{orderId}", 1);
    /// <summary>DELETE an HF order by clientOid (symbol in the query).</summary>
    public static readonly Endpoint CancelOrderByClientOid = Private("hfCancelOrderByClientOid", HttpMethod.Delete, "/api/v1/hf/orders/client-order/{clientOid}", 1);
    /// <summary>GET open HF orders of a symbol.</summary>
    public static readonly Endpoint ActiveOrders = Private("hfActiveOrders", HttpMethod.Get, "/api/v1/hf/orders/active", 2);
    /// <summary>GET symbols with open HF orders.</summary>
    public static readonly Endpoint ActiveSymbols = Private("hfActiveSymbols", HttpMethod.Get, "/api/v1/hf/orders/active/symbols", 2);
    /// <summary>GET HF fills of a symbol (newest first, paged with lastId).</summary>
    public static readonly Endpoint Fills = Private("hfFills", HttpMethod.Get, "/api/v1/hf/fills", 2);
    /// <summary>POST a spot stop order (never retried).</summary>
    public static readonly Endpoint PlaceStopOrder = Private("stopPlaceOrder", HttpMethod.Post, "/api/v1/stop-order", 1) with { PlacesOrder = true };
    /// <summary>GET untriggered stop orders (paged).</summary>
    public static readonly Endpoint StopOrders = Private("stopOrders", HttpMethod.Get, "/api/v1/stop-order", 8);
    /// <summary>GET a stop order by id.</summary>
    public static readonly Endpoint GetStopOrder = Private("stopGetOrder", HttpMethod.Get, "/api/v1/stop-order/{orderId}", 3);
    /// <summary>GET a stop order by clientOid.</summary>
    public static readonly Endpoint GetStopOrderByClientOid = Private("stopGetOrderByClientOid", HttpMethod.Get, "/api/v1/stop-order/queryOrderByClientOid", 3);
    /// <summary>DELETE a stop order by id.</summary>
    public static readonly Endpoint CancelStopOrder = Private("stopCancelOrder", HttpMethod.Delete, "/api/v1/stop-order/{orderId}", 3);
    /// <summary>DELETE a stop order by clientOid.</summary>
    public static readonly Endpoint CancelStopOrderByClientOid = Private("stopCancelOrderByClientOid", HttpMethod.Delete, "/api/v1/stop-order/cancelOrderByClientOid", 5);
    /// <summary>GET the key's own permissions and IP whitelist.</summary>
    public static readonly Endpoint ApiKey = Private("apiKey", HttpMethod.Get, "/api/v1/user/api-key", 20);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kucoin;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
    [
        Time, Symbols, Candles, OrderBook20, OrderBook100, AllTickers, Accounts, PlaceOrder, GetOrder, GetOrderByClientOid, CancelOrder,
        CancelOrderByClientOid, ActiveOrders, ActiveSymbols, Fills, PlaceStopOrder, StopOrders, GetStopOrder, GetStopOrderByClientOid,
        CancelStopOrder, CancelStopOrderByClientOid, ApiKey,
    ];

    /// <summary>A path template with its <c>{name}</c> part replaced by the escaped value.</summary>
    public static string Fill(Endpoint endpoint, string value)
    {
        var open = endpoint.Path.IndexOf('{', StringComparison.Ordinal);
        var close = endpoint.Path.IndexOf('}', StringComparison.Ordinal);
        if (open < 0 || close < open) throw new ArgumentException($"{endpoint} has no path parameter.", nameof(endpoint));
        return endpoint.Path[..open] + Uri.EscapeDataString(value) + endpoint.Path[(close + 1)..];
    }

    private static Endpoint Public(string name, string path, int weight) => new(name, HttpMethod.Get, path, Signed: false, Weight: weight);

    private static Endpoint Private(string name, HttpMethod method, string path, int weight) =>
        new(name, method, path, Signed: true, Weight: 0, KeyWeight: weight);
}
