using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>
/// The entry lock used while an engine is rebuilt from its journal: it grants the lock exactly where the original
/// run opened a trade (in order), so a replay makes the same decisions even though the real lock's state then is gone.
/// </summary>
public sealed class ReplayEntryLock(IEnumerable<Symbol> openedInOrder) : IEntryLock
{
    private readonly Queue<Symbol> _opened = new(openedInOrder);

    /// <inheritdoc />
    public bool TryAcquire(EntryLockKey key, AccountId owner)
    {
        if (_opened.Count == 0 || _opened.Peek() != key.Symbol) return false;
        _opened.Dequeue();
        return true;
    }

    /// <inheritdoc />
    public bool IsHeld(EntryLockKey key) => false;

    /// <inheritdoc />
    public void Release(EntryLockKey key, AccountId owner)
    {
    }
}
