using Microsoft.Extensions.Logging;

namespace Qari.Runtime.Trading;

/// <summary>
/// The trader's ownership epoch (fencing token): claimed at start and checked before anything is journaled or sent, so
/// a trader that lost its account to another process places and journals nothing more.
/// </summary>
internal sealed class TraderFence(TraderContext ctx, ILogger log)
{
    private long _epoch;

    /// <summary>The epoch claimed (0 before the trader started).</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>True once another process claimed the account.</summary>
    public bool Fenced { get; private set; }

    /// <summary>Claims the account: a new epoch that supersedes every earlier owner's.</summary>
    public long Claim()
    {
        var epoch = ctx.Ownership.ClaimOwnership(ctx.Account);
        Interlocked.Exchange(ref _epoch, epoch);
        return epoch;
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
        Fenced = true;
        log.LogError("[{Account}] ownership lost (epoch {Epoch} superseded): {Consequence}; trader stops", ctx.Name, Epoch, consequence);
        return false;
    }
}
