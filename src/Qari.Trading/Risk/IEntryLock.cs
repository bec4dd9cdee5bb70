using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>
/// Check 10's lock: at most one entry in flight per user and symbol. The single-node implementation is
/// <see cref="SingleNodeEntryLock"/>; the distributed runtime implements this across nodes.
/// </summary>
public interface IEntryLock
{
    /// <summary>Takes the lock for <paramref name="owner"/>; false when anyone (including the same owner) holds it.</summary>
    bool TryAcquire(EntryLockKey key, AccountId owner);

    /// <summary>True when someone holds the lock.</summary>
    bool IsHeld(EntryLockKey key);

    /// <summary>Releases the lock when <paramref name="owner"/> holds it; does nothing otherwise.</summary>
    void Release(EntryLockKey key, AccountId owner);
}
