using Qari.Model.Ids;

namespace Qari.Runtime.Ownership;

/// <summary>
/// The fencing token of each account: a trader claims a new epoch when it starts and checks, before every order and
/// every journaled unit of work, that the epoch is still its own. Every node that may trade an account must use the
/// same store (one SQLite file on one machine; PostgreSQL across machines).
/// </summary>
public interface IOwnershipStore
{
    /// <summary>Takes ownership of <paramref name="account"/>: bumps and returns its epoch.</summary>
    long ClaimOwnership(AccountId account);

    /// <summary>The account's current epoch (0 when never claimed).</summary>
    long CurrentEpoch(AccountId account);
}
