namespace Qari.Trading.Journal;

/// <summary>One fact for the audit trail and the dashboard; it carries its time.</summary>
public abstract record JournalEntry(DateTimeOffset At);
