namespace Qari.Backtest.Results;

/// <summary>
/// The results of one backtest as written to JSON and HTML: what was replayed, the statistics, every trade, the
/// equity and drawdown curve (hourly), per-layer contribution, the gate's rejections by code and, when run, the
/// look-ahead check.
/// </summary>
public sealed record BacktestReport(
    string Exchange,
    IReadOnlyList<string> Symbols,
    long FromMs,
    long ToMs,
    long CandlesReplayed,
    long CyclesRun,
    long PassingCandidates,
    BacktestStatistics Statistics,
    IReadOnlyList<TradeResult> Trades,
    IReadOnlyList<(long TimeMs, decimal Equity, double Drawdown)> Equity,
    IReadOnlyList<LayerContribution> Layers,
    IReadOnlyDictionary<string, int> GateRejections,
    IReadOnlyDictionary<string, int> CandidateFailures,
    IReadOnlyDictionary<string, decimal> FinalBalances,
    LookAhead.LookAheadResult? LookAhead);
