using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>
/// Check 10's lock: at most one entry in flight per user and symbol. The single-node implementation is
/// <see cref="SingleNodeEntryLock"/>; the distributed runtime implements this across nodes.
/// </summary>
public interface IEntryLock
{
    /// <summary>
    /// Takes the lock for <paramref name="owner"/> (an account); false when another owner holds it. Re-entrant for the
    /// same owner, so an account's engine restarted while holding it gets it back (the account itself never enters a
    /// symbol twice: check 5).
    /// </summary>
    bool TryAcquire(EntryLockKey key, AccountId owner);

    /// <summary>True when someone holds the lock.</summary>
    bool IsHeld(EntryLockKey key);

    /// <summary>Releases the lock when <paramref name="owner"/> holds it; does nothing otherwise.</summary>
    void Release(EntryLockKey key, AccountId owner);
}
