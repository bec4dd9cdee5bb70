using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Trading.Events;

/// <summary>
/// One analysis cycle's candidates for this account, with the market and account facts gathered at the edges: quotes
/// and instruments, health, balances, platform blacklist and correlations.
/// </summary>
public sealed record CycleCandidates(
    DateTimeOffset At,
    IReadOnlyList<TradeCandidate> Candidates,
    IReadOnlyDictionary<Symbol, SymbolMarket> Markets,
    AccountHealth Health,
    decimal Equity,
    decimal FreeQuote,
    IReadOnlySet<Symbol> PlatformBlacklist,
    ICorrelationSource Correlations) : EngineEvent(At);
