namespace Qari.Analysis.Indicators;

/// <summary>
/// The maximum (or minimum) of the last <c>period</c> values in amortised O(1), with a monotonic deque held in
/// preallocated arrays (no allocation after construction).
/// </summary>
internal sealed class RollingExtreme
{
    private readonly long[] _indices;
    private readonly double[] _values;
    private readonly bool _maximum;
    private readonly int _period;
    private int _head;
    private int _count;
    private long _next;

    public RollingExtreme(int period, bool maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        _period = period;
        _maximum = maximum;
        _indices = new long[period];
        _values = new double[period];
    }

    /// <summary>The extreme of the window (after at least one <see cref="Add"/>).</summary>
    public double Value => _values[_head];

    public void Add(double value)
    {
        var index = _next++;
        while (_count > 0 && _indices[_head] <= index - _period)
        {
            _head = Wrap(_head + 1);
            _count--;
        }
        while (_count > 0)
        {
            var back = Wrap(_head + _count - 1);
            var dominated = _maximum ? _values[back] <= value : _values[back] >= value;
            if (!dominated) break;
            _count--;
        }
        var slot = Wrap(_head + _count);
        _indices[slot] = index;
        _values[slot] = value;
        _count++;
    }

    // Positions stay below 2·period, so one conditional subtraction replaces the (slower) modulo.
    private int Wrap(int position) => position >= _period ? position - _period : position;

    public void Clear()
    {
        _head = 0;
        _count = 0;
        _next = 0;
    }
}
