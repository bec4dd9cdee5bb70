namespace Qari.Backtest.Replay;

/// <summary>Account equity (quote + holdings at the last close) at an hourly close, and whether a position was held.</summary>
public sealed record EquityPoint(long TimeMs, decimal Equity, bool InPosition);
