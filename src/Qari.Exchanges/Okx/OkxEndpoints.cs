using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Okx;

/// <summary>
/// Every OKX v5 endpoint the adapter calls — spot market data, cash-mode spot trading including algo stops,
/// balances and the key report. Weights express each endpoint's published limit as a share of the shared bucket
/// in <see cref="OkxRateLimits"/> (public: per IP; private: per account).
/// </summary>
public sealed class OkxEndpoints : IEndpointTable
{
    /// <summary>GET server time (10 / 2 s).</summary>
    public static readonly Endpoint ServerTime = new("public/time", HttpMethod.Get, "/api/v5/public/time", Signed: false, Weight: 4);
    /// <summary>GET instrument rules (20 / 2 s).</summary>
    public static readonly Endpoint Instruments = new("public/instruments", HttpMethod.Get, "/api/v5/public/instruments", Signed: false, Weight: 2);
    /// <summary>GET recent candles (40 / 2 s, newest first, ≤300).</summary>
    public static readonly Endpoint Candles = new("market/candles", HttpMethod.Get, "/api/v5/market/candles", Signed: false, Weight: 1);
    /// <summary>GET older candles (20 / 2 s, newest first, ≤100).</summary>
    public static readonly Endpoint HistoryCandles = new("market/history-candles", HttpMethod.Get, "/api/v5/market/history-candles", Signed: false, Weight: 2);
    /// <summary>GET order book (40 / 2 s).</summary>
    public static readonly Endpoint Books = new("market/books", HttpMethod.Get, "/api/v5/market/books", Signed: false, Weight: 1);
    /// <summary>GET tickers (20 / 2 s).</summary>
    public static readonly Endpoint Tickers = new("market/tickers", HttpMethod.Get, "/api/v5/market/tickers", Signed: false, Weight: 2);
    /// <summary>GET trading-account balances (10 / 2 s per account).</summary>
    public static readonly Endpoint Balance = new("account/balance", HttpMethod.Get, "/api/v5/account/balance", Signed: true, Weight: 0, KeyWeight: 6);
    /// <summary>GET the key's permissions and IPs (5 / 2 s per account).</summary>
    public static readonly Endpoint AccountConfig = new("account/config", HttpMethod.Get, "/api/v5/account/config", Signed: true, Weight: 0, KeyWeight: 12);
    /// <summary>POST place an order (60 / 2 s; never retried).</summary>
    public static readonly Endpoint PlaceOrder = new("trade/order", HttpMethod.Post, "/api/v5/trade/order", Signed: true, Weight: 0, KeyWeight: 1, PlacesOrder: true);
    /// <summary>GET one order (60 / 2 s).</summary>
    public static readonly Endpoint GetOrder = new("trade/order", HttpMethod.Get, "/api/v5/trade/order", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST cancel an order (60 / 2 s).</summary>
    public static readonly Endpoint CancelOrder = new("trade/cancel-order", HttpMethod.Post, "/api/v5/trade/cancel-order", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET open orders (60 / 2 s).</summary>
    public static readonly Endpoint OrdersPending = new("trade/orders-pending", HttpMethod.Get, "/api/v5/trade/orders-pending", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET own fills of the last 3 days (60 / 2 s).</summary>
    public static readonly Endpoint Fills = new("trade/fills", HttpMethod.Get, "/api/v5/trade/fills", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET own fills of the last 3 months (10 / 2 s).</summary>
    public static readonly Endpoint FillsHistory = new("trade/fills-history", HttpMethod.Get, "/api/v5/trade/fills-history", Signed: true, Weight: 0, KeyWeight: 6);
    /// <summary>POST place an algo (stop) order (20 / 2 s; never retried).</summary>
    public static readonly Endpoint PlaceAlgo = new("trade/order-algo", HttpMethod.Post, "/api/v5/trade/order-algo", Signed: true, Weight: 0, KeyWeight: 3, PlacesOrder: true);
    /// <summary>GET one algo order (20 / 2 s).</summary>
    public static readonly Endpoint GetAlgo = new("trade/order-algo", HttpMethod.Get, "/api/v5/trade/order-algo", Signed: true, Weight: 0, KeyWeight: 3);
    /// <summary>POST cancel algo orders (20 / 2 s).</summary>
    public static readonly Endpoint CancelAlgos = new("trade/cancel-algos", HttpMethod.Post, "/api/v5/trade/cancel-algos", Signed: true, Weight: 0, KeyWeight: 3);
    /// <summary>GET open algo orders (20 / 2 s).</summary>
    public static readonly Endpoint AlgoPending = new("trade/orders-algo-pending", HttpMethod.Get, "/api/v5/trade/orders-algo-pending", Signed: true, Weight: 0, KeyWeight: 3);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Okx;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
    [
        ServerTime, Instruments, Candles, HistoryCandles, Books, Tickers, Balance, AccountConfig,
        PlaceOrder, GetOrder, CancelOrder, OrdersPending, Fills, FillsHistory, PlaceAlgo, GetAlgo, CancelAlgos, AlgoPending,
    ];
}
