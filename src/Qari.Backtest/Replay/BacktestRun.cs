using Qari.Analysis.Confluence;
using Qari.Model.Ids;
using Qari.Trading.Commands;
using Qari.Trading.Journal;

namespace Qari.Backtest.Replay;

/// <summary>
/// Everything a replay produced, before statistics: the engine's journal (trade-level entries), the venue's fills,
/// the analysis candidate behind each opened trade, the equity curve, the decisions and the final account.
/// </summary>
public sealed record BacktestRun(
    BacktestSettings Settings,
    IReadOnlyList<SymbolData> Data,
    long FirstCandleMs,
    long EndMs,
    long CandlesReplayed,
    long CyclesRun,
    long PassingCandidates,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<SimulatedFill> Fills,
    IReadOnlyDictionary<TradeId, Candidate> OpenedFrom,
    IReadOnlyList<EquityPoint> Equity,
    long StepsInPosition,
    long Steps,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Notify> Notifications,
    IReadOnlyDictionary<string, int> GateRejections,
    IReadOnlyDictionary<string, int> CandidateFailures,
    SimulatedAccount Account,
    IReadOnlyDictionary<Symbol, decimal> LastPrices);
