namespace Qari.Analysis.Structure;

/// <summary>
/// Simple moving average over the last <c>Length</c> values in O(1), used for average range and volume inside
/// the structure detectors (kept private to Structure so it does not depend on the indicator library).
/// </summary>
internal sealed class RollingMean
{
    private readonly double[] _values;
    private int _next;
    private int _count;
    private double _sum;

    public RollingMean(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        _values = new double[length];
    }

    public int Count => _count;

    public bool IsFull => _count == _values.Length;

    /// <summary>The mean of the values seen so far (up to Length); 0 when empty.</summary>
    public double Mean => _count == 0 ? 0 : _sum / _count;

    /// <summary>The sum of the kept values.</summary>
    public double Sum => _sum;

    public void Add(double value)
    {
        if (_count == _values.Length) _sum -= _values[_next];
        else _count++;
        _values[_next] = value;
        _sum += value;
        // The same wrap as a modulo, without the integer division on every value.
        _next = _next + 1 == _values.Length ? 0 : _next + 1;
        // Recompute now and then so floating-point drift of the running sum cannot accumulate.
        if (_next == 0) Resum();
    }

    public void Reset()
    {
        Array.Clear(_values);
        _next = 0;
        _count = 0;
        _sum = 0;
    }

    private void Resum()
    {
        var s = 0.0;
        for (var i = 0; i < _count; i++) s += _values[i];
        _sum = s;
    }
}
