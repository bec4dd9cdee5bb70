using Microsoft.Extensions.Logging;
using Qari.Runtime.Journal;

namespace Qari.Runtime.Trading;

/// <summary>
/// The trader's ownership epoch (fencing token): claimed at start and checked before anything is journaled or sent, so
/// a trader that lost its account to another process places and journals nothing more. The epoch is read once per
/// turn; when it lives in the journal's own database, every commit of the turn is also fenced inside its transaction
/// (the order's sending row commits only while the epoch holds), so an order costs no separate read. With a separate
/// ownership store it is read again before every order.
/// </summary>
internal sealed class TraderFence(TraderContext ctx, ILogger log)
{
    private long _epoch;

    /// <summary>The epoch claimed (0 before the trader started).</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>True once another process claimed the account.</summary>
    public bool Fenced { get; private set; }

    /// <summary>True when the epochs are kept in the journal's database, so its commits can check them in the same transaction.</summary>
    public bool InJournal => ReferenceEquals(ctx.Ownership, ctx.Journal.Ownership);

    /// <summary>Claims the account: a new epoch that supersedes every earlier owner's.</summary>
    public long Claim()
    {
        var epoch = ctx.Ownership.ClaimOwnership(ctx.Account);
        Interlocked.Exchange(ref _epoch, epoch);
        return epoch;
    }

    /// <summary>Makes every commit of <paramref name="batch"/> conditional on this trader's epoch, when the journal can check it.</summary>
    public void Arm(JournalBatch batch)
    {
        if (InJournal) batch.FenceOn(ctx.Account, Epoch);
    }

    /// <summary>
    /// True when an order may go ahead to its (fenced) sending commit: with the epochs in the journal the commit itself
    /// checks, so nothing is read here; otherwise the epoch is read now (<see cref="StillOwner"/>).
    /// </summary>
    public bool MaySend(string consequence) => InJournal ? !Fenced : StillOwner(consequence);

    /// <summary>True when <paramref name="commit"/> was written; when the fence failed, logs <paramref name="consequence"/> and fences.</summary>
    public bool Held(JournalCommit commit, string consequence)
    {
        if (commit == JournalCommit.Committed) return true;
        Lose(consequence);
        return false;
    }

    /// <summary>True while this trader still owns the account; the first time it does not, logs <paramref name="consequence"/> and fences.</summary>
    public bool StillOwner(string consequence)
    {
        if (Fenced) return false;
        long current;
        try
        {
            current = ctx.Ownership.CurrentEpoch(ctx.Account);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The epochs live beside the journal: unreadable means the journal is unreachable, not that ownership moved.
            throw new JournalUnavailableException("reading the ownership epoch", ex);
        }
        if (current == Epoch) return true;
        Lose(consequence);
        return false;
    }

    private void Lose(string consequence)
    {
        if (Fenced) return;
        Fenced = true;
        log.LogError("[{Account}] ownership lost (epoch {Epoch} superseded): {Consequence}; trader stops", ctx.Name, Epoch, consequence);
    }
}
