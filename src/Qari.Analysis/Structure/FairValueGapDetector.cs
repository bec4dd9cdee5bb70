using System.Runtime.InteropServices;
using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Fair value gaps. When the third of three consecutive candles closes, a bullish gap exists if candle 1's high is
/// below candle 3's low (bearish: candle 1's low above candle 3's high) and the gap is at least
/// <c>MinGapRanges</c> average ranges tall. Grade A = impulsive middle candle + volume spike + aligned with the
/// higher-timeframe bias passed in; B = impulsive plus one of the other two; C otherwise. Later candles fill it:
/// the deepest trade back into the gap sets <see cref="FairValueGap.FilledFraction"/>; trading through its far
/// edge fills it completely and removes it from <see cref="Open"/>. Averages are of the candles before the middle
/// one, so the impulse is measured against what preceded it. Needs no other detector.
/// </summary>
public sealed class FairValueGapDetector
{
    private readonly FairValueGapSettings _settings;
    private readonly RollingMean _range;
    private readonly RollingMean _volume;
    private readonly RingBuffer<Bar> _last3 = new(3);
    private readonly List<FairValueGap> _open;
    private readonly RingBuffer<FairValueGap> _history;
    private double _avgRange;
    private double _avgVolume;

    /// <summary>Creates the detector with the given settings (defaults when null).</summary>
    public FairValueGapDetector(FairValueGapSettings? settings = null)
    {
        _settings = settings ?? FairValueGapSettings.Default;
        _settings.Validate();
        _range = new RollingMean(_settings.AverageLength);
        _volume = new RollingMean(_settings.AverageLength);
        _open = new List<FairValueGap>(_settings.Capacity + 1);
        _history = new RingBuffer<FairValueGap>(_settings.History);
        Open = _open.AsReadOnly();
    }

    /// <summary>Unfilled gaps (possibly partly filled), oldest first.</summary>
    public IReadOnlyList<FairValueGap> Open { get; }

    /// <summary>Recent gaps as created and, once filled, again in their filled state; oldest first.</summary>
    public IReadOnlyList<FairValueGap> History => _history;

    /// <summary>The gap created by the latest candle, if any.</summary>
    public FairValueGap? NewGap { get; private set; }

    /// <summary>Consumes the next closed candle with the current higher-timeframe bias.</summary>
    public void Update(in Bar bar, Trend higherTimeframeBias = Trend.Range)
    {
        if (_last3.Count > 0 && bar.OpenTimeMs <= _last3.Last.OpenTimeMs)
            throw new ArgumentException($"Candle at {bar.OpenTimeMs} is not after the previous one ({_last3.Last.OpenTimeMs}); candles must arrive in time order.", nameof(bar));
        NewGap = null;
        Fill(bar);
        _last3.Add(bar);
        // Averages as they stood before the middle candle (saved by the previous update).
        var middleAvgRange = _avgRange;
        var middleAvgVolume = _avgVolume;
        _avgRange = _range.Count == 0 ? bar.Range : _range.Mean;
        _avgVolume = _volume.Mean;
        _range.Add(bar.Range);
        _volume.Add(bar.Volume);
        if (_last3.Count < 3 || _range.Count < 4) return;

        var first = _last3[0];
        var middle = _last3[1];
        Direction direction;
        double top, bottom;
        if (first.High < bar.Low) (direction, top, bottom) = (Direction.Bullish, bar.Low, first.High);
        else if (first.Low > bar.High) (direction, top, bottom) = (Direction.Bearish, first.Low, bar.High);
        else return;
        if (top - bottom < _settings.MinGapRanges * middleAvgRange) return;

        var impulsive = middle.Range >= _settings.ImpulseRanges * middleAvgRange
            && middle.Body >= _settings.ImpulseBodyShare * middle.Range
            && (direction == Direction.Bullish ? middle.IsBullish : middle.IsBearish);
        var withVolume = middleAvgVolume > 0 && middle.Volume >= _settings.VolumeSpike * middleAvgVolume;
        var aligned = direction == Direction.Bullish ? higherTimeframeBias == Trend.Bullish : higherTimeframeBias == Trend.Bearish;
        var grade = impulsive && withVolume && aligned ? Grade.A : impulsive && (withVolume || aligned) ? Grade.B : Grade.C;
        var gap = new FairValueGap(direction, top, bottom, middle.OpenTimeMs, bar.OpenTimeMs, grade, impulsive, withVolume, aligned, 0, null);
        if (_open.Count == _settings.Capacity) _open.RemoveAt(0);
        _open.Add(gap);
        _history.Add(gap);
        NewGap = gap;
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _range.Reset();
        _volume.Reset();
        _last3.Clear();
        _open.Clear();
        _history.Clear();
        NewGap = null;
        _avgRange = _avgVolume = 0;
    }

    private void Fill(in Bar bar)
    {
        // In place by reference: a removal only shifts the entries after i, which are done.
        var open = CollectionsMarshal.AsSpan(_open);
        for (var i = open.Length - 1; i >= 0; i--)
        {
            ref var g = ref open[i];
            var height = g.Top - g.Bottom;
            var depth = g.Direction == Direction.Bullish ? g.Top - bar.Low : bar.High - g.Bottom;
            if (depth <= 0) continue;
            var fraction = Math.Min(1, depth / height);
            if (fraction <= g.FilledFraction) continue;
            if (fraction >= 1)
            {
                // Copied before the removal shifts the next gap into g's slot.
                var filled = g with { FilledFraction = 1, FilledTimeMs = bar.OpenTimeMs };
                _open.RemoveAt(i);
                _history.Add(filled);
            }
            else g = g with { FilledFraction = fraction };
        }
    }
}
