using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Trading.Journal;

/// <summary>A trade was opened from an approved candidate: its plan and the explanation a person reads.</summary>
public sealed record TradeOpened(DateTimeOffset At, TradeId Trade, TradeCandidate Candidate, SizingPlan Plan) : JournalEntry(At);
