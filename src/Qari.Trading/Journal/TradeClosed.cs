using Qari.Model.Ids;

namespace Qari.Trading.Journal;

/// <summary>A trade ended: realised P&amp;L in quote and in R, and why.</summary>
public sealed record TradeClosed(DateTimeOffset At, TradeId Trade, decimal RealisedQuote, decimal RealisedR, string Reason) : JournalEntry(At);
