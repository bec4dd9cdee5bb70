namespace Qari.Exchanges.Bybit;

/// <summary>Every Bybit v5 path the adapter uses: spot market data, spot trading, balances and the key report — nothing else.</summary>
public static class BybitEndpoints
{
    /// <summary>GET server time.</summary>
    public const string ServerTime = "/v5/market/time";
    /// <summary>GET instrument rules.</summary>
    public const string Instruments = "/v5/market/instruments-info";
    /// <summary>GET klines (newest first).</summary>
    public const string Klines = "/v5/market/kline";
    /// <summary>GET order book.</summary>
    public const string OrderBook = "/v5/market/orderbook";
    /// <summary>GET tickers.</summary>
    public const string Tickers = "/v5/market/tickers";
    /// <summary>GET unified wallet balances.</summary>
    public const string WalletBalance = "/v5/account/wallet-balance";
    /// <summary>POST place an order.</summary>
    public const string CreateOrder = "/v5/order/create";
    /// <summary>POST cancel an order.</summary>
    public const string CancelOrder = "/v5/order/cancel";
    /// <summary>GET open and recent orders.</summary>
    public const string RealtimeOrders = "/v5/order/realtime";
    /// <summary>GET closed orders.</summary>
    public const string OrderHistory = "/v5/order/history";
    /// <summary>GET own executions.</summary>
    public const string Executions = "/v5/execution/list";
    /// <summary>GET the calling key's permissions.</summary>
    public const string QueryApiKey = "/v5/user/query-api";

    /// <summary>All paths, for the spot-only audit test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ServerTime, Instruments, Klines, OrderBook, Tickers, WalletBalance,
        CreateOrder, CancelOrder, RealtimeOrders, OrderHistory, Executions, QueryApiKey,
    ];
}
