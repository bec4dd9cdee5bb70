namespace Qari.Analysis.Structure;

/// <summary>
/// A fixed-capacity buffer that overwrites its oldest item. Index 0 is the oldest kept item, <c>Count - 1</c> the
/// newest. Never allocates after construction, so detectors stay allocation-free in steady state.
/// </summary>
internal sealed class RingBuffer<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private int _start;

    /// <summary>Creates an empty buffer holding at most <paramref name="capacity"/> items.</summary>
    public RingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new T[capacity];
    }

    /// <summary>Number of items kept.</summary>
    public int Count { get; private set; }

    /// <summary>Maximum number of items kept.</summary>
    public int Capacity => _items.Length;

    /// <summary>Item by age: 0 is the oldest kept, Count - 1 the newest.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _items[Slot(index)];
        }
    }

    /// <summary>Item by age, by reference (no copy of a large struct); same bounds as the indexer.</summary>
    public ref readonly T At(int index)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
        return ref _items[Slot(index)];
    }

    /// <summary>The newest item; the buffer must not be empty.</summary>
    public T Last => this[Count - 1];

    /// <summary>Item counted back from the newest: 0 is the newest.</summary>
    public T FromEnd(int back) => this[Count - 1 - back];

    /// <summary>Appends, overwriting the oldest item when full.</summary>
    public void Add(T item)
    {
        if (Count < _items.Length)
        {
            _items[Slot(Count)] = item;
            Count++;
        }
        else
        {
            _items[_start] = item;
            _start = _start + 1 == _items.Length ? 0 : _start + 1;
        }
    }

    /// <summary>Replaces the newest item (used when the latest finding is updated in place).</summary>
    public void ReplaceLast(T item)
    {
        if (Count == 0) throw new InvalidOperationException("The buffer is empty.");
        _items[Slot(Count - 1)] = item;
    }

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        Array.Clear(_items);
        _start = 0;
        Count = 0;
    }

    // _start < Length and 0 <= index <= Count <= Length, so the sum is below 2·Length: one conditional subtraction
    // gives the same slot as the modulo (an integer division on every access).
    private int Slot(int index)
    {
        var slot = _start + index;
        return slot >= _items.Length ? slot - _items.Length : slot;
    }

    /// <summary>Enumerates oldest to newest.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
