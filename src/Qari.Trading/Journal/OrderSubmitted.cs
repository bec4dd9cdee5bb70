using Qari.Trading.Execution;

namespace Qari.Trading.Journal;

/// <summary>A place command was emitted.</summary>
public sealed record OrderSubmitted(DateTimeOffset At, OrderSpec Spec, string Why) : JournalEntry(At);
