using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Coinbase;

/// <summary>Every Coinbase Advanced Trade endpoint the adapter calls (public: 10 req/s per IP; private: 30 req/s per key).</summary>
public sealed class CoinbaseEndpoints : IEndpointTable
{
    private const string Root = "/api/v3/brokerage";

    /// <summary>GET /time (public).</summary>
    public static readonly Endpoint Time = new("time", HttpMethod.Get, Root + "/time", Signed: false, Weight: 1);
    /// <summary>GET /market/products (public) — rules, status, last price, 24h volume.</summary>
    public static readonly Endpoint Products = new("products", HttpMethod.Get, Root + "/market/products", Signed: false, Weight: 1);
    /// <summary>GET /market/products/{product_id}/candles (public) — newest first, ≤350, seconds.</summary>
    public static readonly Endpoint Candles = new("candles", HttpMethod.Get, Root + "/market/products/{product_id}/candles", Signed: false, Weight: 1);
    /// <summary>GET /market/product_book (public).</summary>
    public static readonly Endpoint ProductBook = new("productBook", HttpMethod.Get, Root + "/market/product_book", Signed: false, Weight: 1);
    /// <summary>GET /best_bid_ask — best bid/ask of every product.</summary>
    public static readonly Endpoint BestBidAsk = new("bestBidAsk", HttpMethod.Get, Root + "/best_bid_ask", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET /accounts (cursor pages of ≤250).</summary>
    public static readonly Endpoint Accounts = new("accounts", HttpMethod.Get, Root + "/accounts", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST /orders — idempotent on client_order_id; business failures are HTTP 200 success:false.</summary>
    public static readonly Endpoint CreateOrder = new("createOrder", HttpMethod.Post, Root + "/orders", Signed: true, Weight: 0, KeyWeight: 1, PlacesOrder: true);
    /// <summary>POST /orders/batch_cancel.</summary>
    public static readonly Endpoint BatchCancel = new("batchCancel", HttpMethod.Post, Root + "/orders/batch_cancel", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET /orders/historical/{order_id}.</summary>
    public static readonly Endpoint GetOrder = new("getOrder", HttpMethod.Get, Root + "/orders/historical/{order_id}", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET /orders/historical/batch (cursor pages).</summary>
    public static readonly Endpoint ListOrders = new("listOrders", HttpMethod.Get, Root + "/orders/historical/batch", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET /orders/historical/fills (cursor pages).</summary>
    public static readonly Endpoint Fills = new("fills", HttpMethod.Get, Root + "/orders/historical/fills", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>GET /key_permissions — can_view, can_trade, can_transfer, portfolio.</summary>
    public static readonly Endpoint KeyPermissions = new("keyPermissions", HttpMethod.Get, Root + "/key_permissions", Signed: true, Weight: 0, KeyWeight: 1);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Coinbase;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } = [Time, Products, Candles, ProductBook, BestBidAsk, Accounts, CreateOrder, BatchCancel, GetOrder, ListOrders, Fills, KeyPermissions];
}
