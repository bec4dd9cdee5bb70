namespace Qari.Simulator.Engine;

/// <summary>Why the engine refused a request; each dialect renders these in its exchange's error shape.</summary>
public enum SimReject
{
    /// <summary>No such market.</summary>
    UnknownSymbol,
    /// <summary>The market is halted or in maintenance.</summary>
    MarketClosed,
    /// <summary>Price (or stop price) not on tick, or not positive.</summary>
    PriceFilter,
    /// <summary>Quantity not on the lot step, below the minimum quantity or above the maximum.</summary>
    LotSize,
    /// <summary>Order value below the minimum notional.</summary>
    MinNotional,
    /// <summary>Not enough free balance.</summary>
    InsufficientBalance,
    /// <summary>The client order id is already used (per the dialect's rule).</summary>
    DuplicateClientOrderId,
    /// <summary>A post-only order would take liquidity.</summary>
    WouldTakeAsMaker,
    /// <summary>A stop whose trigger is already reached.</summary>
    StopWouldTrigger,
    /// <summary>The order does not exist or is no longer open.</summary>
    UnknownOrder,
    /// <summary>No such account.</summary>
    UnknownAccount,
}
