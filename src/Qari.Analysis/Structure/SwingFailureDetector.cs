using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Swing Failure Patterns. For every swing or equal-level pool that the latest candle swept (see
/// <see cref="LiquidityPoolDetector.SweptThisBar"/>): a swept sell-side level with the close back <em>above</em>
/// it is a bullish SFP, a swept buy-side level with the close back <em>below</em> it a bearish SFP. A close beyond
/// the level is a breakout, not an SFP. When one candle fails at several levels of a side, the farthest level is
/// reported. Graded by wick depth, reaction and volume spike: A when all three hold, B when two hold, else C.
/// </summary>
public sealed class SwingFailureDetector
{
    private readonly SwingFailureSettings _settings;
    private readonly MarketStructure _structure;
    private readonly LiquidityPoolDetector _pools;
    private readonly RingBuffer<SwingFailure> _events;
    private long _barCount;

    /// <summary>Creates the detector over the given upstream detectors.</summary>
    public SwingFailureDetector(MarketStructure structure, LiquidityPoolDetector pools, SwingFailureSettings? settings = null)
    {
        _structure = structure ?? throw new ArgumentNullException(nameof(structure));
        _pools = pools ?? throw new ArgumentNullException(nameof(pools));
        _settings = settings ?? SwingFailureSettings.Default;
        _settings.Validate();
        _events = new RingBuffer<SwingFailure>(_settings.History);
    }

    /// <summary>Recent SFPs, oldest first.</summary>
    public IReadOnlyList<SwingFailure> Events => _events;

    /// <summary>Number of SFPs on the latest candle (0–2).</summary>
    public int NewEventCount { get; private set; }

    /// <summary>The i-th SFP of the latest candle.</summary>
    public SwingFailure NewEvent(int i) =>
        (uint)i < (uint)NewEventCount ? _events.FromEnd(NewEventCount - 1 - i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>Consumes the latest candle; the upstream detectors must already have consumed it.</summary>
    public void Update(in Bar bar)
    {
        _barCount++;
        if (_structure.Bars.Count != _barCount)
            throw new InvalidOperationException("Update the liquidity detectors with this candle before the SwingFailureDetector.");
        NewEventCount = 0;
        var swept = _pools.SweptThisBar;
        if (swept.Count == 0) return;
        LiquidityPool? bull = null;
        LiquidityPool? bear = null;
        for (var i = 0; i < swept.Count; i++)
        {
            var p = swept[i];
            if (p.Side == LiquiditySide.SellSide && bar.Close > p.Price && (bull is null || p.Price < bull.Value.Price)) bull = p;
            if (p.Side == LiquiditySide.BuySide && bar.Close < p.Price && (bear is null || p.Price > bear.Value.Price)) bear = p;
        }
        if (bull is { } b) Add(Direction.Bullish, b, bar);
        if (bear is { } s) Add(Direction.Bearish, s, bar);
    }

    /// <summary>Forgets everything (reset the upstream detectors too).</summary>
    public void Reset()
    {
        _events.Clear();
        _barCount = 0;
        NewEventCount = 0;
    }

    /// <summary>Grades an SFP from its measurements.</summary>
    public Grade GradeOf(double depth, double reaction, double volumeRatio)
    {
        var met = (depth >= _settings.MinDepth && depth <= _settings.MaxDepth ? 1 : 0)
            + (reaction >= _settings.MinReaction ? 1 : 0)
            + (volumeRatio >= _settings.VolumeSpike ? 1 : 0);
        return met switch { 3 => Grade.A, 2 => Grade.B, _ => Grade.C };
    }

    private void Add(Direction direction, in LiquidityPool pool, in Bar bar)
    {
        var avgRange = _structure.AverageRange;
        var wick = direction == Direction.Bullish ? pool.Price - bar.Low : bar.High - pool.Price;
        var depth = avgRange > 0 ? wick / avgRange : 0;
        var reaction = bar.Range > 0
            ? (direction == Direction.Bullish ? bar.Close - bar.Low : bar.High - bar.Close) / bar.Range
            : 0;
        var volumeRatio = _structure.AverageVolume > 0 ? bar.Volume / _structure.AverageVolume : 0;
        var depthScore = depth < _settings.MinDepth ? depth / _settings.MinDepth
            : depth <= _settings.MaxDepth ? 1 : _settings.MaxDepth / depth;
        var score = (depthScore + reaction + Math.Min(1, volumeRatio / (2 * _settings.VolumeSpike))) / 3;
        _events.Add(new SwingFailure(direction, pool.Price, pool.Source, bar.OpenTimeMs, depth, reaction, volumeRatio,
            GradeOf(depth, reaction, volumeRatio), Math.Clamp(score, 0, 1)));
        NewEventCount++;
    }
}
