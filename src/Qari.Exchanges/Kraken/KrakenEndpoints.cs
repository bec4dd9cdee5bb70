using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// Every Kraken spot endpoint the adapter calls. Public calls (GET) weigh 1 on the IP gate; private calls (always
/// POST) weigh on the key's call counter (+1, +2 for trade history); AddOrder/CancelOrder use the separate
/// per-pair trading limiter instead.
/// </summary>
public sealed class KrakenEndpoints : IEndpointTable
{
    /// <summary>GET /0/public/Time (seconds).</summary>
    public static readonly Endpoint Time = new("Time", HttpMethod.Get, "/0/public/Time", Signed: false, Weight: 1);
    /// <summary>GET /0/public/AssetPairs.</summary>
    public static readonly Endpoint AssetPairs = new("AssetPairs", HttpMethod.Get, "/0/public/AssetPairs", Signed: false, Weight: 1);
    /// <summary>GET /0/public/OHLC (≤720 rows, seconds, oldest first).</summary>
    public static readonly Endpoint Ohlc = new("OHLC", HttpMethod.Get, "/0/public/OHLC", Signed: false, Weight: 1);
    /// <summary>GET /0/public/Depth.</summary>
    public static readonly Endpoint Depth = new("Depth", HttpMethod.Get, "/0/public/Depth", Signed: false, Weight: 1);
    /// <summary>GET /0/public/Ticker.</summary>
    public static readonly Endpoint Ticker = new("Ticker", HttpMethod.Get, "/0/public/Ticker", Signed: false, Weight: 1);
    /// <summary>POST /0/private/BalanceEx — balance and hold_trade per asset.</summary>
    public static readonly Endpoint BalanceEx = new("BalanceEx", HttpMethod.Post, "/0/private/BalanceEx", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST /0/private/AddOrder.</summary>
    public static readonly Endpoint AddOrder = new("AddOrder", HttpMethod.Post, "/0/private/AddOrder", Signed: true, Weight: 0, PlacesOrder: true);
    /// <summary>POST /0/private/CancelOrder.</summary>
    public static readonly Endpoint CancelOrder = new("CancelOrder", HttpMethod.Post, "/0/private/CancelOrder", Signed: true, Weight: 0);
    /// <summary>POST /0/private/QueryOrders by txid.</summary>
    public static readonly Endpoint QueryOrders = new("QueryOrders", HttpMethod.Post, "/0/private/QueryOrders", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST /0/private/OpenOrders (optionally filtered by cl_ord_id).</summary>
    public static readonly Endpoint OpenOrders = new("OpenOrders", HttpMethod.Post, "/0/private/OpenOrders", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST /0/private/ClosedOrders (optionally filtered by cl_ord_id).</summary>
    public static readonly Endpoint ClosedOrders = new("ClosedOrders", HttpMethod.Post, "/0/private/ClosedOrders", Signed: true, Weight: 0, KeyWeight: 1);
    /// <summary>POST /0/private/TradesHistory (50 per page, ofs).</summary>
    public static readonly Endpoint TradesHistory = new("TradesHistory", HttpMethod.Post, "/0/private/TradesHistory", Signed: true, Weight: 0, KeyWeight: 2);
    /// <summary>POST /0/private/GetApiKeyInfo — permissions, IP allowlist, nonce window.</summary>
    public static readonly Endpoint GetApiKeyInfo = new("GetApiKeyInfo", HttpMethod.Post, "/0/private/GetApiKeyInfo", Signed: true, Weight: 0, KeyWeight: 1);

    /// <summary>True for private calls that only read (safe to retry although they are POSTs).</summary>
    public static bool IsRead(Endpoint endpoint) =>
        endpoint == BalanceEx || endpoint == QueryOrders || endpoint == OpenOrders || endpoint == ClosedOrders || endpoint == TradesHistory || endpoint == GetApiKeyInfo;

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kraken;

    /// <inheritdoc />
    public IReadOnlyList<Endpoint> All { get; } =
        [Time, AssetPairs, Ohlc, Depth, Ticker, BalanceEx, AddOrder, CancelOrder, QueryOrders, OpenOrders, ClosedOrders, TradesHistory, GetApiKeyInfo];
}
