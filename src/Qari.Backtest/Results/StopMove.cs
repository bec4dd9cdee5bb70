namespace Qari.Backtest.Results;

/// <summary>The protective stop price moved (only ever up), and why.</summary>
public sealed record StopMove(long TimeMs, decimal From, decimal To, string Reason);
