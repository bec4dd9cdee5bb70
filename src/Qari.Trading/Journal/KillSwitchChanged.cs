namespace Qari.Trading.Journal;

/// <summary>The kill switch tripped or was released.</summary>
public sealed record KillSwitchChanged(DateTimeOffset At, bool Tripped, string Reason, DateTimeOffset? Until) : JournalEntry(At);
