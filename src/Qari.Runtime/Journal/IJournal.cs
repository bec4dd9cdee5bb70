using Qari.Model.Ids;
using Qari.Runtime.Ownership;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>
/// Where traders journal: every engine input and output, every order before it is sent and after its outcome, and
/// each account's snapshot for <c>qari status</c>. <see cref="JournalStore"/> (SQLite, one machine) is the embedded
/// default; <see cref="PostgresJournal"/> is shared by every node of a cluster, so a trader that moves finds its history.
/// Rows carry the run id so readers can tell runs apart.
/// </summary>
public interface IJournal : IDisposable
{
    /// <summary>This run's id (Unix ms of its start).</summary>
    long Run { get; }

    /// <summary>The fencing epochs kept beside this journal (same database).</summary>
    IOwnershipStore Ownership { get; }

    /// <summary>Appends one journal row (an engine input, output, or an execution fact).</summary>
    void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null);

    /// <summary>Records an order as about to be sent; returns only once the row is durably committed.</summary>
    void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec);

    /// <summary>Records what became of an account's order (accepted, rejected, unknown, filled, cancelled...).</summary>
    void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null);

    /// <summary>Replaces the account's snapshot (the facts <c>qari status</c> prints).</summary>
    void Snapshot(AccountSnapshot snapshot);

    /// <summary>
    /// Writes every row of <paramref name="batch"/> in one transaction (all or nothing), durably when the batch says so
    /// (it holds an order's sending row, or a request that changes the venue follows), then empties the batch. A fenced
    /// batch whose account's epoch moved on (checked in the same transaction) writes nothing, stays as it was, and
    /// answers <see cref="JournalCommit.Superseded"/>.
    /// </summary>
    Task<JournalCommit> CommitAsync(JournalBatch batch, CancellationToken ct);

    /// <summary>Every input and output row of an account (this run's, or all runs'), in the order they were written.</summary>
    IReadOnlyList<JournalRow> Rows(AccountId account, bool thisRunOnly = false);

    /// <summary>The accounts' latest snapshots with their open positions, ordered by name (what <c>qari status</c> prints).</summary>
    IReadOnlyList<AccountSnapshot> Accounts();
}
