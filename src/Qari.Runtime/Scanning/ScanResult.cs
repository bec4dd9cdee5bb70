using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Runtime.Scanning;

/// <summary>One cycle's shared output: the passing candidates, the markets (instrument, bid/ask), last prices, correlations and data freshness.</summary>
public sealed record ScanResult(
    long CloseMs,
    IReadOnlyList<TradeCandidate> Candidates,
    IReadOnlyDictionary<Symbol, SymbolMarket> Markets,
    IReadOnlyDictionary<Symbol, decimal> Prices,
    CorrelationMatrix Correlations,
    bool DataFresh,
    string? Problem)
{
    /// <summary>A cycle that could not gather its market data: no candidates, data marked stale.</summary>
    public static ScanResult Failed(long closeMs, string problem) =>
        new(closeMs, [], new Dictionary<Symbol, SymbolMarket>(), new Dictionary<Symbol, decimal>(), CorrelationMatrix.Empty, false, problem);
}
