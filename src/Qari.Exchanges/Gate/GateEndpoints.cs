namespace Qari.Exchanges.Gate;

/// <summary>
/// Every Gate APIv4 path Qari calls, relative to <c>/api/v4</c>. Spot only: there is deliberately no withdrawal,
/// wallet transfer, margin, lending or futures path here, and a test asserts it.
/// </summary>
public static class GateEndpoints
{
    /// <summary>The version prefix in front of every path (also signed).</summary>
    public const string Prefix = "/api/v4";
    /// <summary>Server time (public).</summary>
    public const string Time = "/spot/time";
    /// <summary>All currency pairs and their rules (public).</summary>
    public const string CurrencyPairs = "/spot/currency_pairs";
    /// <summary>Candlesticks (public; from/to in seconds or limit).</summary>
    public const string Candlesticks = "/spot/candlesticks";
    /// <summary>Order book (public).</summary>
    public const string OrderBook = "/spot/order_book";
    /// <summary>24h tickers (public).</summary>
    public const string Tickers = "/spot/tickers";
    /// <summary>Spot balances.</summary>
    public const string Accounts = "/spot/accounts";
    /// <summary>Place / list spot orders.</summary>
    public const string Orders = "/spot/orders";
    /// <summary>Open orders of all pairs.</summary>
    public const string OpenOrders = "/spot/open_orders";
    /// <summary>The account's own trades.</summary>
    public const string MyTrades = "/spot/my_trades";
    /// <summary>Place / list spot price-triggered orders (Qari's resting stops).</summary>
    public const string PriceOrders = "/spot/price_orders";
    /// <summary>Account detail: user id, IP whitelist, key mode (the only key information Gate exposes).</summary>
    public const string AccountDetail = "/account/detail";

    /// <summary>A spot order by id or by <c>t-</c> text (GET, DELETE; currency_pair in the query).</summary>
    public static string Order(string orderIdOrText) => Orders + "/" + Uri.EscapeDataString(orderIdOrText);

    /// <summary>A price-triggered order by id (GET, DELETE).</summary>
    public static string PriceOrder(string orderId) => PriceOrders + "/" + Uri.EscapeDataString(orderId);

    /// <summary>Every fixed path above, for the spot-only test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Time, CurrencyPairs, Candlesticks, OrderBook, Tickers, Accounts, Orders, OpenOrders, MyTrades, PriceOrders, AccountDetail,
        Order("x"), PriceOrder("x"),
    ];
}
