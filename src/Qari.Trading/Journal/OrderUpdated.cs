using Qari.Model.Ids;
using Qari.Trading.Execution;

namespace Qari.Trading.Journal;

/// <summary>An order changed state and/or filled.</summary>
public sealed record OrderUpdated(DateTimeOffset At, ClientOrderId Order, OrderState From, OrderState To, decimal FilledDelta, decimal FillPrice) : JournalEntry(At);
