using Qari.Trading.Risk;

namespace Qari.Trading.Journal;

/// <summary>The risk gate's decision on a candidate, with every failed check.</summary>
public sealed record GateEvaluated(DateTimeOffset At, TradeCandidate Candidate, RiskDecision Decision) : JournalEntry(At);
