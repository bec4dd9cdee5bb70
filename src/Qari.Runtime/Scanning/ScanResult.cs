using Qari.Model.Ids;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Runtime.Scanning;

/// <summary>
/// One cycle's shared output: the passing candidates, the markets (instrument, bid/ask), last prices, correlations,
/// data freshness, and the structure events of the cycle (bullish 15m CHoCH, 15m/1h higher lows) each account's
/// engine is fed (they arm leg 2 and trail the stop).
/// </summary>
public sealed record ScanResult(
    long CloseMs,
    IReadOnlyList<TradeCandidate> Candidates,
    IReadOnlyDictionary<Symbol, SymbolMarket> Markets,
    IReadOnlyDictionary<Symbol, decimal> Prices,
    CorrelationMatrix Correlations,
    bool DataFresh,
    string? Problem)
{
    /// <summary>Bullish 15m changes of character and 15m/1h higher lows confirmed since the previous cycle, each reported once.</summary>
    public IReadOnlyList<EngineEvent> StructureEvents { get; init; } = [];

    /// <summary>A cycle that could not gather its market data: no candidates, data marked stale.</summary>
    public static ScanResult Failed(long closeMs, string problem) =>
        new(closeMs, [], new Dictionary<Symbol, SymbolMarket>(), new Dictionary<Symbol, decimal>(), CorrelationMatrix.Empty, false, problem);
}
