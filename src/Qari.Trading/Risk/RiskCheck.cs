namespace Qari.Trading.Risk;

/// <summary>The 16 checks of SPEC §5, numbered as there.</summary>
public enum RiskCheck
{
    /// <summary>1: engine running and the user's auto-trading switch on.</summary>
    EngineAndAutoTrading = 1,
    /// <summary>2: subscription valid (trial, Pro, Premium or waiver).</summary>
    Subscription = 2,
    /// <summary>3: symbol trading on the exchange.</summary>
    SymbolTrading = 3,
    /// <summary>4: not on the platform or the user's blacklist.</summary>
    Blacklist = 4,
    /// <summary>5: no open position and no pending entry in the same symbol.</summary>
    NoPositionInSymbol = 5,
    /// <summary>6: under the plan's concurrent-position cap.</summary>
    PositionCap = 6,
    /// <summary>7: free quote balance covers both legs.</summary>
    FreeBalance = 7,
    /// <summary>8: order meets the exchange minimums and the $5 floor.</summary>
    OrderMinimums = 8,
    /// <summary>9: spread below the limit.</summary>
    Spread = 9,
    /// <summary>10: no concurrent entry for the same user and symbol.</summary>
    EntryLock = 10,
    /// <summary>11: no cooldown after a stop-loss on the symbol.</summary>
    Cooldown = 11,
    /// <summary>12: correlation with every open position below the limit.</summary>
    Correlation = 12,
    /// <summary>13: risk/reward at or above the minimum.</summary>
    RiskReward = 13,
    /// <summary>14: kill switch not tripped.</summary>
    KillSwitch = 14,
    /// <summary>15: no extreme liquidation event on the symbol and BTC not crashing.</summary>
    MarketEvent = 15,
    /// <summary>16: account healthy (key, exchange, data, clock).</summary>
    AccountHealth = 16,
}
