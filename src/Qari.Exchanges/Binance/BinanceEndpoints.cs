using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Binance;

/// <summary>Every Binance spot endpoint the adapter calls, with its published request weight (REQUEST_WEIGHT per IP, ORDERS per account).</summary>
public sealed class BinanceEndpoints : IEndpointTable
{
    /// <summary>GET /api/v3/time — server time.</summary>
    public static readonly Endpoint Time = new("time", HttpMethod.Get, "/api/v3/time", Signed: false, Weight: 1);
    /// <summary>GET /api/v3/exchangeInfo — symbols, filters, status.</summary>
    public static readonly Endpoint ExchangeInfo = new("exchangeInfo", HttpMethod.Get, "/api/v3/exchangeInfo", Signed: false, Weight: 20);
    /// <summary>GET /api/v3/klines — candles, oldest first, at most 1000 per call.</summary>
    public static readonly Endpoint Klines = new("klines", HttpMethod.Get, "/api/v3/klines", Signed: false, Weight: 2);
    /// <summary>GET /api/v3/depth — order book (weight 5 up to 100 levels; see <see cref="DepthWeight"/>).</summary>
    public static readonly Endpoint Depth = new("depth", HttpMethod.Get, "/api/v3/depth", Signed: false, Weight: 5);
    /// <summary>GET /api/v3/ticker/24hr for all symbols (weight 80; with <c>symbols</c> see <see cref="Ticker24hWeight"/>).</summary>
    public static readonly Endpoint Ticker24h = new("ticker24hr", HttpMethod.Get, "/api/v3/ticker/24hr", Signed: false, Weight: 80);
    /// <summary>GET /api/v3/account — balances.</summary>
    public static readonly Endpoint Account = new("account", HttpMethod.Get, "/api/v3/account", Signed: true, Weight: 20);
    /// <summary>POST /api/v3/order — place (counts against the account's ORDERS limit).</summary>
    public static readonly Endpoint NewOrder = new("newOrder", HttpMethod.Post, "/api/v3/order", Signed: true, Weight: 1, KeyWeight: 1, PlacesOrder: true);
    /// <summary>DELETE /api/v3/order — cancel.</summary>
    public static readonly Endpoint CancelOrder = new("cancelOrder", HttpMethod.Delete, "/api/v3/order", Signed: true, Weight: 1);
    /// <summary>GET /api/v3/order — query one order.</summary>
    public static readonly Endpoint QueryOrder = new("queryOrder", HttpMethod.Get, "/api/v3/order", Signed: true, Weight: 4);
    /// <summary>GET /api/v3/openOrders — weight 6 with a symbol, 80 without (see <see cref="OpenOrdersAll"/>).</summary>
    public static readonly Endpoint OpenOrders = new("openOrders", HttpMethod.Get, "/api/v3/openOrders", Signed: true, Weight: 6);
    /// <summary>GET /api/v3/openOrders without a symbol.</summary>
    public static readonly Endpoint OpenOrdersAll = OpenOrders with { Name = "openOrdersAll", Weight = 80 };
    /// <summary>GET /api/v3/myTrades — the account's fills.</summary>
    public static readonly Endpoint MyTrades = new("myTrades", HttpMethod.Get, "/api/v3/myTrades", Signed: true, Weight: 20);
    /// <summary>GET /sapi/v1/account/apiRestrictions — the key's permissions and IP restriction.</summary>
    public static readonly Endpoint ApiRestrictions = new("apiRestrictions", HttpMethod.Get, "/sapi/v1/account/apiRestrictions", Signed: true, Weight: 1);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Binance;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
        [Time, ExchangeInfo, Klines, Depth, Ticker24h, Account, NewOrder, CancelOrder, QueryOrder, OpenOrders, OpenOrdersAll, MyTrades, ApiRestrictions];

    /// <summary>Above this many symbols a <c>ticker/24hr?symbols=</c> request weighs as much as all symbols (80).</summary>
    public const int TickerSymbolsAtFullWeight = 100;

    /// <summary>The published ticker/24hr weight for a <c>symbols</c> list: 2 (1–20 symbols), 40 (21–100), 80 (more).</summary>
    public static int Ticker24hWeight(int symbols) => symbols switch
    {
        <= 20 => 2,
        <= TickerSymbolsAtFullWeight => 40,
        _ => 80,
    };

    /// <summary>The published depth weight for a level count: 5 (≤100), 25 (≤500), 50 (≤1000), 250 (≤5000).</summary>
    public static int DepthWeight(int limit) => limit switch
    {
        <= 100 => 5,
        <= 500 => 25,
        <= 1000 => 50,
        _ => 250,
    };
}
