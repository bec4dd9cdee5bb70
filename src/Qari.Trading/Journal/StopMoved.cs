using Qari.Model.Ids;

namespace Qari.Trading.Journal;

/// <summary>The price a position must be protected at moved (only ever up).</summary>
public sealed record StopMoved(DateTimeOffset At, TradeId Trade, decimal From, decimal To, string Reason) : JournalEntry(At);
