using Qari.Model.Ids;
using Qari.Runtime.Ownership;

namespace Qari.Runtime.Tests.Trading;

/// <summary>An ownership store kept apart from the journal (another object over the same epochs) that counts the epoch reads.</summary>
internal sealed class CountingOwnership(IOwnershipStore inner) : IOwnershipStore
{
    private int _reads;

    /// <summary>How many times the current epoch was read.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public long ClaimOwnership(AccountId account) => inner.ClaimOwnership(account);

    public long CurrentEpoch(AccountId account)
    {
        Interlocked.Increment(ref _reads);
        return inner.CurrentEpoch(account);
    }
}
