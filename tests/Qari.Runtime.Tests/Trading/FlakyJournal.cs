using Qari.Model.Ids;
using Qari.Runtime.Journal;
using Qari.Runtime.Ownership;
using Qari.Trading.Execution;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// A journal whose next <see cref="FailCommits"/> commits throw (as a database that went away would), writing
/// nothing; every other call goes to the real journal. It never disposes the journal it wraps.
/// </summary>
internal sealed class FlakyJournal(IJournal inner) : IJournal
{
    /// <summary>How many of the next commits fail.</summary>
    public int FailCommits { get; set; }

    /// <summary>How many commits failed so far.</summary>
    public int Failed { get; private set; }

    public long Run => inner.Run;

    public IOwnershipStore Ownership => inner.Ownership;

    public void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null) =>
        inner.Append(account, at, direction, kind, payload, r);

    public void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec) => inner.OrderSending(account, at, spec);

    public void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null) =>
        inner.OrderOutcome(account, id, at, state, exchangeId, detail, filled);

    public void Snapshot(AccountSnapshot snapshot) => inner.Snapshot(snapshot);

    public Task<JournalCommit> CommitAsync(JournalBatch batch, CancellationToken ct)
    {
        if (FailCommits <= 0) return inner.CommitAsync(batch, ct);
        FailCommits--;
        Failed++;
        // The message carries a connection-string secret the trader must never repeat.
        throw new InvalidOperationException("Failed to connect to journal-db:5432 (Host=journal-db;Password=hunter2)");
    }

    public IReadOnlyList<JournalRow> Rows(AccountId account, bool thisRunOnly = false) => inner.Rows(account, thisRunOnly);

    public IReadOnlyList<AccountSnapshot> Accounts() => inner.Accounts();

    public void Dispose()
    {
    }
}
