using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Every Gate APIv4 path Qari calls (full paths, <c>/api/v4</c> included, as signed). Public endpoints count per IP
/// (<see cref="Endpoint.Weight"/>), private ones per account (<see cref="Endpoint.KeyWeight"/>). Spot only: there is
/// deliberately no withdrawal, wallet transfer, margin, lending or futures path here, and a test asserts it.
/// </summary>
public sealed class GateEndpoints : IEndpointTable
{
    /// <summary>The version prefix in front of every path (also signed).</summary>
    public const string Prefix = "/api/v4";

    /// <summary>GET server time (public).</summary>
    public static readonly Endpoint Time = Public("time", "/spot/time");
    /// <summary>GET all currency pairs and their rules (public).</summary>
    public static readonly Endpoint CurrencyPairs = Public("currencyPairs", "/spot/currency_pairs");
    /// <summary>GET candlesticks (public; from/to in seconds, at most 1000 points, oldest first).</summary>
    public static readonly Endpoint Candlesticks = Public("candlesticks", "/spot/candlesticks");
    /// <summary>GET order book (public).</summary>
    public static readonly Endpoint OrderBook = Public("orderBook", "/spot/order_book");
    /// <summary>GET 24h tickers (public).</summary>
    public static readonly Endpoint Tickers = Public("tickers", "/spot/tickers");
    /// <summary>GET spot balances.</summary>
    public static readonly Endpoint Accounts = Private("accounts", HttpMethod.Get, "/spot/accounts");
    /// <summary>POST a spot order (never retried).</summary>
    public static readonly Endpoint PlaceOrder = Private("placeOrder", HttpMethod.Post, "/spot/orders") with { PlacesOrder = true };
    /// <summary>GET spot orders of a pair by status.</summary>
    public static readonly Endpoint Orders = Private("orders", HttpMethod.Get, "/spot/orders");
    /// <summary>GET a spot order by id or <c>t-</c> text (currency_pair in the query).</summary>
    public static readonly Endpoint GetOrder = Private("getOrder", HttpMethod.Get, "/spot/orders/{order_id}");
    /// <summary>DELETE a spot order by id or <c>t-</c> text (currency_pair in the query).</summary>
    public static readonly Endpoint CancelOrder = Private("cancelOrder", HttpMethod.Delete, "/spot/orders/{order_id}");
    /// <summary>GET open orders of all pairs, grouped by pair.</summary>
    public static readonly Endpoint OpenOrders = Private("openOrders", HttpMethod.Get, "/spot/open_orders");
    /// <summary>GET the account's own trades.</summary>
    public static readonly Endpoint MyTrades = Private("myTrades", HttpMethod.Get, "/spot/my_trades");
    /// <summary>POST a spot price-triggered order (Qari's resting stop; never retried).</summary>
    public static readonly Endpoint PlacePriceOrder = Private("placePriceOrder", HttpMethod.Post, "/spot/price_orders") with { PlacesOrder = true };
    /// <summary>GET price-triggered orders by status.</summary>
    public static readonly Endpoint PriceOrders = Private("priceOrders", HttpMethod.Get, "/spot/price_orders");
    /// <summary>GET a price-triggered order.</summary>
    public static readonly Endpoint GetPriceOrder = Private("getPriceOrder", HttpMethod.Get, "/spot/price_orders/{order_id}");
    /// <summary>DELETE a price-triggered order.</summary>
    public static readonly Endpoint CancelPriceOrder = Private("cancelPriceOrder", HttpMethod.Delete, "/spot/price_orders/{order_id}");
    /// <summary>GET the main account's keys with their permission groups and IP whitelists.</summary>
    public static readonly Endpoint MainKeys = Private("mainKeys", HttpMethod.Get, "/account/main_keys");
    /// <summary>GET account detail: user id, IP whitelist, key mode (the fallback when main_keys is not allowed).</summary>
    public static readonly Endpoint AccountDetail = Private("accountDetail", HttpMethod.Get, "/account/detail");

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Gate;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
    [
        Time, CurrencyPairs, Candlesticks, OrderBook, Tickers, Accounts, PlaceOrder, Orders, GetOrder, CancelOrder, OpenOrders, MyTrades,
        PlacePriceOrder, PriceOrders, GetPriceOrder, CancelPriceOrder, MainKeys, AccountDetail,
    ];

    /// <summary>A path template with its <c>{order_id}</c> replaced by the escaped value.</summary>
    public static string Fill(Endpoint endpoint, string value)
    {
        var open = endpoint.Path.IndexOf('{', StringComparison.Ordinal);
        var close = endpoint.Path.IndexOf('}', StringComparison.Ordinal);
        if (open < 0 || close < open) throw new ArgumentException($"{endpoint} has no path parameter.", nameof(endpoint));
        return endpoint.Path[..open] + Uri.EscapeDataString(value) + endpoint.Path[(close + 1)..];
    }

    private static Endpoint Public(string name, string path) => new(name, HttpMethod.Get, Prefix + path, Signed: false, Weight: 1);

    private static Endpoint Private(string name, HttpMethod method, string path) => new(name, method, Prefix + path, Signed: true, Weight: 0, KeyWeight: 1);
}
