using Qari.Model.Ids;

namespace Qari.Trading.Journal;

/// <summary>A cancel command was emitted.</summary>
public sealed record CancelSubmitted(DateTimeOffset At, ClientOrderId Order, string Why) : JournalEntry(At);
