using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>The in-process entry lock: thread-safe, for one node (engines of one user may run on different threads).</summary>
public sealed class SingleNodeEntryLock : IEntryLock
{
    private readonly ConcurrentDictionary<EntryLockKey, AccountId> _held = new();

    /// <inheritdoc />
    public bool TryAcquire(EntryLockKey key, AccountId owner) => _held.TryAdd(key, owner) || _held.TryGetValue(key, out var holder) && holder == owner;

    /// <inheritdoc />
    public bool IsHeld(EntryLockKey key) => _held.ContainsKey(key);

    /// <inheritdoc />
    public void Release(EntryLockKey key, AccountId owner) =>
        _held.TryRemove(new KeyValuePair<EntryLockKey, AccountId>(key, owner));
}
