namespace Qari.Analysis.Indicators;

/// <summary>Volume-weighted sums of the typical price, shared by the session and anchored VWAPs.</summary>
internal struct VwapAccumulator
{
    private double _volume;
    private double _priceVolume;
    private double _squareVolume;

    public readonly double Volume => _volume;

    public readonly double Vwap => _volume > 0.0 ? _priceVolume / _volume : double.NaN;

    /// <summary>The volume-weighted standard deviation of the typical price around the VWAP.</summary>
    public readonly double Deviation
    {
        get
        {
            if (_volume <= 0.0) return double.NaN;
            var mean = _priceVolume / _volume;
            var variance = (_squareVolume / _volume) - (mean * mean);
            return variance > 0.0 ? Math.Sqrt(variance) : 0.0;
        }
    }

    public void Add(double typicalPrice, double volume)
    {
        _volume += volume;
        _priceVolume += typicalPrice * volume;
        _squareVolume += typicalPrice * typicalPrice * volume;
    }

    public void Clear() => this = default;
}
