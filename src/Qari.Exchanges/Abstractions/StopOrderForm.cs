namespace Qari.Exchanges.Abstractions;

/// <summary>How an exchange offers a resting stop on spot.</summary>
public enum StopOrderForm
{
    /// <summary>A native stop-loss-limit order type (e.g. Binance STOP_LOSS_LIMIT).</summary>
    StopLimit,
    /// <summary>A native stop-market order type.</summary>
    StopMarket,
    /// <summary>A conditional/trigger order on a separate endpoint or flag (Bybit orderFilter=tpslOrder, OKX algo, ...).</summary>
    Conditional,
    /// <summary>A "plan" order (Bitget plan orders).</summary>
    Plan,
}
