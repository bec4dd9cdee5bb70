namespace Qari.Exchanges.Okx;

/// <summary>Every OKX v5 path the adapter uses: spot market data, spot (cash) trading incl. algo stops, balances and the key report.</summary>
public static class OkxEndpoints
{
    /// <summary>GET server time.</summary>
    public const string ServerTime = "/api/v5/public/time";
    /// <summary>GET instrument rules.</summary>
    public const string Instruments = "/api/v5/public/instruments";
    /// <summary>GET recent candles (newest first, ≤300).</summary>
    public const string Candles = "/api/v5/market/candles";
    /// <summary>GET older candles (newest first, ≤100).</summary>
    public const string HistoryCandles = "/api/v5/market/history-candles";
    /// <summary>GET order book.</summary>
    public const string Books = "/api/v5/market/books";
    /// <summary>GET tickers.</summary>
    public const string Tickers = "/api/v5/market/tickers";
    /// <summary>GET trading-account balances.</summary>
    public const string Balance = "/api/v5/account/balance";
    /// <summary>GET the key's permissions and IPs.</summary>
    public const string AccountConfig = "/api/v5/account/config";
    /// <summary>POST place / GET one order.</summary>
    public const string Order = "/api/v5/trade/order";
    /// <summary>POST cancel an order.</summary>
    public const string CancelOrder = "/api/v5/trade/cancel-order";
    /// <summary>GET open orders.</summary>
    public const string OrdersPending = "/api/v5/trade/orders-pending";
    /// <summary>GET own fills (last 3 days).</summary>
    public const string Fills = "/api/v5/trade/fills";
    /// <summary>GET own fills (last 3 months).</summary>
    public const string FillsHistory = "/api/v5/trade/fills-history";
    /// <summary>POST place / GET one algo (stop) order.</summary>
    public const string OrderAlgo = "/api/v5/trade/order-algo";
    /// <summary>POST cancel algo orders.</summary>
    public const string CancelAlgos = "/api/v5/trade/cancel-algos";
    /// <summary>GET open algo orders.</summary>
    public const string OrdersAlgoPending = "/api/v5/trade/orders-algo-pending";

    /// <summary>All paths, for the spot-only audit test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ServerTime, Instruments, Candles, HistoryCandles, Books, Tickers, Balance, AccountConfig,
        Order, CancelOrder, OrdersPending, Fills, FillsHistory, OrderAlgo, CancelAlgos, OrdersAlgoPending,
    ];
}
