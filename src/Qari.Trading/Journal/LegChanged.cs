using Qari.Model.Ids;
using Qari.Trading.Engine;

namespace Qari.Trading.Journal;

/// <summary>A trade's entry phase changed (leg 1 done, leg 2 armed, triggered, expired).</summary>
public sealed record LegChanged(DateTimeOffset At, TradeId Trade, TradePhase From, TradePhase To, string Note) : JournalEntry(At);
