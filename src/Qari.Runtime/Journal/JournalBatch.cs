using Qari.Model.Ids;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>
/// Rows gathered during one trader turn and written by <see cref="IJournal.CommitAsync"/> in one transaction. The
/// write-ahead rule stays with the caller: commit the batch before any request leaves for the venue; a batch that
/// holds an order's sending row is committed durably and must be committed before that order is sent. A fenced batch
/// (<see cref="FenceOn"/>) commits only while its account's ownership epoch is unchanged, checked inside the same
/// transaction, so an order's sending row can never be committed by a trader that lost the account.
/// </summary>
public sealed class JournalBatch
{
    private readonly List<JournalWrite> _writes = [];

    /// <summary>How many writes are pending.</summary>
    public int Count => _writes.Count;

    /// <summary>True when the commit must be durable (an order's sending row, or a venue-changing request follows).</summary>
    public bool Durable { get; private set; }

    /// <summary>The ownership condition every commit of this batch is checked against inside its transaction (null: none).</summary>
    public JournalFence? Fence { get; private set; }

    internal IReadOnlyList<JournalWrite> Writes => _writes;

    /// <summary>From now on, commits only while <paramref name="account"/>'s ownership epoch is still <paramref name="epoch"/> (kept across <see cref="Clear"/>).</summary>
    public void FenceOn(AccountId account, long epoch) => Fence = new JournalFence(account, epoch);

    /// <summary>Adds a journal row.</summary>
    public void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null) =>
        _writes.Add(new AppendWrite(account, at, direction, kind, payload, r));

    /// <summary>Adds an order's sending row (makes the commit durable).</summary>
    public void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _writes.Add(new SendingWrite(account, at, spec));
        Durable = true;
    }

    /// <summary>Adds an order's outcome.</summary>
    public void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null) =>
        _writes.Add(new OutcomeWrite(account, id, at, state, exchangeId, detail, filled));

    /// <summary>
    /// Adds the account's snapshot. <paramref name="positionsUnchanged"/>: its positions are exactly those this run last
    /// committed for the account, so only the account row is rewritten (not the positions' delete and re-insert).
    /// </summary>
    public void Snapshot(AccountSnapshot snapshot, bool positionsUnchanged = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _writes.Add(new SnapshotWrite(snapshot, positionsUnchanged));
    }

    /// <summary>Asks for a durable commit (a request that changes the venue, e.g. a cancel, follows it).</summary>
    public void RequireDurable() => Durable = true;

    /// <summary>Forgets every pending write (the fence stays).</summary>
    public void Clear()
    {
        _writes.Clear();
        Durable = false;
    }
}
