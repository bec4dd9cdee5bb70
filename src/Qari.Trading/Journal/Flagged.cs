namespace Qari.Trading.Journal;

/// <summary>Something the engine cannot explain or refused to act on; shown to the user, never acted on silently.</summary>
public sealed record Flagged(DateTimeOffset At, string Subject, string Message) : JournalEntry(At);
