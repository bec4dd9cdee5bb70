using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// Every Bybit v5 endpoint the adapter calls — spot market data, spot orders, balances and the key report,
/// nothing else. Weight 1 each against the per-IP limit; order placement and cancel count against the per-key
/// order rule (see <see cref="BybitRateLimits"/>).
/// </summary>
public sealed class BybitEndpoints : IEndpointTable
{
    /// <summary>GET server time.</summary>
    public static readonly Endpoint ServerTime = new("time", HttpMethod.Get, "/v5/market/time", Signed: false, Weight: 1);
    /// <summary>GET instrument rules.</summary>
    public static readonly Endpoint Instruments = new("instruments-info", HttpMethod.Get, "/v5/market/instruments-info", Signed: false, Weight: 1);
    /// <summary>GET klines (newest first, ≤1000).</summary>
    public static readonly Endpoint Klines = new("kline", HttpMethod.Get, "/v5/market/kline", Signed: false, Weight: 1);
    /// <summary>GET order book.</summary>
    public static readonly Endpoint OrderBook = new("orderbook", HttpMethod.Get, "/v5/market/orderbook", Signed: false, Weight: 1);
    /// <summary>GET tickers.</summary>
    public static readonly Endpoint Tickers = new("tickers", HttpMethod.Get, "/v5/market/tickers", Signed: false, Weight: 1);
    /// <summary>GET unified wallet balances.</summary>
    public static readonly Endpoint WalletBalance = new("wallet-balance", HttpMethod.Get, "/v5/account/wallet-balance", Signed: true, Weight: 1);
    /// <summary>POST place an order (never retried).</summary>
    public static readonly Endpoint CreateOrder = new("order/create", HttpMethod.Post, "/v5/order/create", Signed: true, Weight: 1, KeyWeight: 1, PlacesOrder: true);
    /// <summary>POST cancel an order.</summary>
    public static readonly Endpoint CancelOrder = new("order/cancel", HttpMethod.Post, "/v5/order/cancel", Signed: true, Weight: 1, KeyWeight: 1);
    /// <summary>GET open and recently closed orders.</summary>
    public static readonly Endpoint RealtimeOrders = new("order/realtime", HttpMethod.Get, "/v5/order/realtime", Signed: true, Weight: 1);
    /// <summary>GET closed orders.</summary>
    public static readonly Endpoint OrderHistory = new("order/history", HttpMethod.Get, "/v5/order/history", Signed: true, Weight: 1);
    /// <summary>GET own executions (≤7-day window).</summary>
    public static readonly Endpoint Executions = new("execution/list", HttpMethod.Get, "/v5/execution/list", Signed: true, Weight: 1);
    /// <summary>GET the calling key's permissions.</summary>
    public static readonly Endpoint QueryApiKey = new("user/query-api", HttpMethod.Get, "/v5/user/query-api", Signed: true, Weight: 1);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bybit;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
        [ServerTime, Instruments, Klines, OrderBook, Tickers, WalletBalance, CreateOrder, CancelOrder, RealtimeOrders, OrderHistory, Executions, QueryApiKey];
}
