using Qari.Model.Ids;
using Qari.Trading.Engine;

namespace Qari.Trading.Journal;

/// <summary>The take-profit / exit procedure of a trade moved to another step.</summary>
public sealed record ProcedureStepped(DateTimeOffset At, TradeId Trade, ExitPurpose Purpose, ExitStep From, ExitStep To, string Note) : JournalEntry(At);
