using Qari.Model.Ids;
using Qari.Runtime.Journal;

namespace Qari.Runtime.Ownership;

/// <summary>The epochs kept in the SQLite journal's <c>ownership</c> table: one machine (one database file).</summary>
public sealed class JournalOwnership(JournalStore journal) : IOwnershipStore
{
    /// <inheritdoc />
    public long ClaimOwnership(AccountId account) => journal.ClaimOwnership(account);

    /// <inheritdoc />
    public long CurrentEpoch(AccountId account) => journal.CurrentEpoch(account);
}
