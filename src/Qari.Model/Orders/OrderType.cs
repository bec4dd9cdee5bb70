namespace Qari.Model.Orders;

/// <summary>The order types Qari uses on spot.</summary>
public enum OrderType
{
    /// <summary>A resting limit order.</summary>
    Limit,
    /// <summary>A market order (buys may be sized in quote).</summary>
    Market,
    /// <summary>A stop that becomes a limit order when the trigger trades.</summary>
    StopLimit,
    /// <summary>A stop that becomes a market order when the trigger trades.</summary>
    StopMarket,
}
