using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>
/// The corrections a reconciliation derived from the venue's truth, applied as one input (so a replay reproduces them):
/// order events to adopt (fills while away, resolved statuses), orders to query, orphaned entries to cancel, and
/// findings to flag for the user, and the venue's balances per asset (compared with the positions once applied).
/// </summary>
public sealed record ReconciliationApplied(
    DateTimeOffset At,
    IReadOnlyList<OrderEvent> Events,
    IReadOnlyList<ClientOrderId> Queries,
    IReadOnlyList<(ClientOrderId Id, Symbol Symbol)> OrphanCancels,
    IReadOnlyList<(string Subject, string Message)> Findings,
    IReadOnlyDictionary<string, decimal> Balances) : EngineEvent(At);
