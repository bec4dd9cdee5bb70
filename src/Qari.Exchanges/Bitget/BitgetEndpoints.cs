using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Bitget;

/// <summary>Every Bitget v2 spot endpoint the adapter calls. Bitget meters per endpoint (market data per IP, trading per UID).</summary>
public sealed class BitgetEndpoints : IEndpointTable
{
    /// <summary>GET /api/v2/public/time.</summary>
    public static readonly Endpoint Time = new("time", HttpMethod.Get, "/api/v2/public/time", Signed: false, Weight: 1);
    /// <summary>GET /api/v2/spot/public/symbols — rules as decimal counts, min notional, status.</summary>
    public static readonly Endpoint Symbols = new("symbols", HttpMethod.Get, "/api/v2/spot/public/symbols", Signed: false, Weight: 1);
    /// <summary>GET /api/v2/spot/market/candles — oldest first, ≤1000 rows.</summary>
    public static readonly Endpoint Candles = new("candles", HttpMethod.Get, "/api/v2/spot/market/candles", Signed: false, Weight: 1);
    /// <summary>GET /api/v2/spot/market/orderbook.</summary>
    public static readonly Endpoint OrderBook = new("orderbook", HttpMethod.Get, "/api/v2/spot/market/orderbook", Signed: false, Weight: 1);
    /// <summary>GET /api/v2/spot/market/tickers (all symbols).</summary>
    public static readonly Endpoint Tickers = new("tickers", HttpMethod.Get, "/api/v2/spot/market/tickers", Signed: false, Weight: 1);
    /// <summary>GET /api/v2/spot/account/assets.</summary>
    public static readonly Endpoint Assets = new("assets", HttpMethod.Get, "/api/v2/spot/account/assets", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/account/info — user id, bound IPs, authorities.</summary>
    public static readonly Endpoint AccountInfo = new("accountInfo", HttpMethod.Get, "/api/v2/spot/account/info", Signed: true, Weight: 1);
    /// <summary>POST /api/v2/spot/trade/place-order (10/s per UID).</summary>
    public static readonly Endpoint PlaceOrder = new("placeOrder", HttpMethod.Post, "/api/v2/spot/trade/place-order", Signed: true, Weight: 1, KeyWeight: 1, PlacesOrder: true);
    /// <summary>POST /api/v2/spot/trade/cancel-order.</summary>
    public static readonly Endpoint CancelOrder = new("cancelOrder", HttpMethod.Post, "/api/v2/spot/trade/cancel-order", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/trade/orderInfo by orderId or clientOid.</summary>
    public static readonly Endpoint OrderInfo = new("orderInfo", HttpMethod.Get, "/api/v2/spot/trade/orderInfo", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/trade/unfilled-orders.</summary>
    public static readonly Endpoint UnfilledOrders = new("unfilledOrders", HttpMethod.Get, "/api/v2/spot/trade/unfilled-orders", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/trade/fills (symbol required, ≤100 per page, newest first).</summary>
    public static readonly Endpoint Fills = new("fills", HttpMethod.Get, "/api/v2/spot/trade/fills", Signed: true, Weight: 1);
    /// <summary>POST /api/v2/spot/trade/place-plan-order — the resting stop (trigger + market or limit).</summary>
    public static readonly Endpoint PlacePlanOrder = new("placePlanOrder", HttpMethod.Post, "/api/v2/spot/trade/place-plan-order", Signed: true, Weight: 1, KeyWeight: 1, PlacesOrder: true);
    /// <summary>POST /api/v2/spot/trade/cancel-plan-order.</summary>
    public static readonly Endpoint CancelPlanOrder = new("cancelPlanOrder", HttpMethod.Post, "/api/v2/spot/trade/cancel-plan-order", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/trade/current-plan-order — untriggered plan orders.</summary>
    public static readonly Endpoint CurrentPlanOrders = new("currentPlanOrders", HttpMethod.Get, "/api/v2/spot/trade/current-plan-order", Signed: true, Weight: 1);
    /// <summary>GET /api/v2/spot/trade/history-plan-order — finished plan orders.</summary>
    public static readonly Endpoint HistoryPlanOrders = new("historyPlanOrders", HttpMethod.Get, "/api/v2/spot/trade/history-plan-order", Signed: true, Weight: 1);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bitget;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
        [Time, Symbols, Candles, OrderBook, Tickers, Assets, AccountInfo, PlaceOrder, CancelOrder, OrderInfo, UnfilledOrders, Fills,
         PlacePlanOrder, CancelPlanOrder, CurrentPlanOrders, HistoryPlanOrders];
}
