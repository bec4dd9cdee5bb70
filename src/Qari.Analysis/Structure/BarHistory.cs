using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>The last <c>Capacity</c> candles addressable by their absolute input index.</summary>
public sealed class BarHistory
{
    private readonly RingBuffer<Bar> _bars;

    /// <summary>Creates a history keeping <paramref name="capacity"/> candles.</summary>
    internal BarHistory(int capacity) => _bars = new RingBuffer<Bar>(capacity);

    /// <summary>Total candles added since the last reset; the newest has index <c>Count - 1</c>.</summary>
    public long Count { get; private set; }

    /// <summary>Changes on every <see cref="Clear"/>: a reader that built state from these candles knows it must start over.</summary>
    internal long Generation { get; private set; }

    /// <summary>Index of the oldest candle still kept.</summary>
    public long OldestIndex => Count - _bars.Count;

    /// <summary>The newest candle.</summary>
    public Bar Last => _bars.Last;

    /// <summary>The candle at an absolute index, which must still be kept.</summary>
    public Bar this[long index]
    {
        get
        {
            if (index < OldestIndex || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _bars[(int)(index - OldestIndex)];
        }
    }

    /// <summary>The candle at an absolute index, by reference (no copy); same bounds as the indexer.</summary>
    internal ref readonly Bar At(long index)
    {
        if (index < OldestIndex || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
        return ref _bars.At((int)(index - OldestIndex));
    }

    /// <summary>True when the candle at <paramref name="index"/> is still kept.</summary>
    public bool Contains(long index) => index >= OldestIndex && index < Count;

    /// <summary>Appends the next candle.</summary>
    internal void Add(in Bar bar)
    {
        _bars.Add(bar);
        Count++;
    }

    /// <summary>Forgets everything.</summary>
    internal void Clear()
    {
        _bars.Clear();
        Count = 0;
        Generation++;
    }
}
