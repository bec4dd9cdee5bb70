namespace Qari.Backtest.Results;

/// <summary>
/// The headline figures of a backtest. Ratios are fractions (0.5 = 50%); R figures are in units of the risk fixed at
/// each trade's opening; Sharpe and Sortino use daily (UTC) equity returns, annualised by √365, risk-free rate 0;
/// null where undefined (no losing trade for the profit factor, fewer than two days for the ratios).
/// </summary>
public sealed record BacktestStatistics(
    int ClosedTrades,
    int OpenTrades,
    int UnfilledEntries,
    int Wins,
    int Losses,
    double WinRate,
    double ExpectancyR,
    double? ProfitFactor,
    decimal StartingEquity,
    decimal FinalEquity,
    decimal NetProfit,
    double ReturnFraction,
    double MaxDrawdown,
    double? Sharpe,
    double? Sortino,
    double Exposure,
    double TradesPerMonth,
    decimal FeesPaidQuote);
