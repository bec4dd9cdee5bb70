namespace Qari.Backtest.Replay;

/// <summary>One decision of a replay (a passing candidate, a command to the venue, a fill), stamped with the moment it was made; the look-ahead check compares these.</summary>
public sealed record Decision(long TimeMs, string Text);
