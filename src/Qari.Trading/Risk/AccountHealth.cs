namespace Qari.Trading.Risk;

/// <summary>Health facts gathered by the host at the edges (check 1 and check 16).</summary>
/// <param name="EngineRunning">The engine is running (not paused by the operator or shutting down).</param>
/// <param name="KeyValid">The API key is valid and has the trade permission (and no withdrawal).</param>
/// <param name="ExchangeReachable">The exchange answered recently.</param>
/// <param name="MarketDataFresh">The candles and prices used are current.</param>
/// <param name="ClockInSync">The clock offset to the exchange is within its window.</param>
public sealed record AccountHealth(
    bool EngineRunning = true,
    bool KeyValid = true,
    bool ExchangeReachable = true,
    bool MarketDataFresh = true,
    bool ClockInSync = true)
{
    /// <summary>Everything healthy.</summary>
    public static AccountHealth Healthy { get; } = new();
}
