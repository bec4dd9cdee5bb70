namespace Qari.Analysis.Indicators;

/// <summary>A fixed-size ring of the last <c>capacity</c> values; allocation happens only in the constructor.</summary>
internal sealed class RollingWindow
{
    private readonly double[] _items;
    private int _next;

    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = new double[capacity];
    }

    public int Capacity => _items.Length;

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    /// <summary>The oldest value held (the next to be overwritten once full).</summary>
    public double Oldest => IsFull ? _items[_next] : _items[0];

    /// <summary>The value <paramref name="age"/> steps back (0 = newest).</summary>
    public double Back(int age)
    {
        if ((uint)age >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(age));
        var index = _next - 1 - age;
        if (index < 0) index += _items.Length;
        return _items[index];
    }

    /// <summary>Adds a value, overwriting the oldest when full.</summary>
    public void Add(double value)
    {
        _items[_next] = value;
        _next = _next + 1 == _items.Length ? 0 : _next + 1;
        if (Count < _items.Length) Count++;
    }

    public void Clear()
    {
        Array.Clear(_items);
        _next = 0;
        Count = 0;
    }
}
