using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// The latest impulse leg. Every BOS/CHoCH starts a new leg at the break's origin (the lowest low after the broken
/// swing high for a bullish break; mirrored for bearish) ending at the most extreme price since. While
/// <see cref="LegState.Developing"/> the end follows new extremes; a swing of the end's kind confirmed at or after
/// the end completes it; a close beyond the start invalidates it. Reads a <see cref="MarketStructure"/> that must
/// consume each candle first.
/// </summary>
public sealed class ImpulseLegDetector
{
    private readonly MarketStructure _structure;
    private readonly RingBuffer<ImpulseLeg> _previous;
    private long _barCount;

    /// <summary>Creates the detector over <paramref name="structure"/>, keeping <paramref name="history"/> earlier legs.</summary>
    public ImpulseLegDetector(MarketStructure structure, int history = 16)
    {
        _structure = structure ?? throw new ArgumentNullException(nameof(structure));
        _previous = new RingBuffer<ImpulseLeg>(history);
    }

    /// <summary>The latest leg, if any break happened yet.</summary>
    public ImpulseLeg? Current { get; private set; }

    /// <summary>Earlier legs as they were when replaced, oldest first.</summary>
    public IReadOnlyList<ImpulseLeg> Previous => _previous;

    /// <summary>True when the latest candle started a new leg.</summary>
    public bool StartedThisBar { get; private set; }

    /// <summary>Consumes the latest candle; the structure must already have consumed it.</summary>
    public void Update(in Bar bar)
    {
        _barCount++;
        if (_structure.Bars.Count != _barCount)
            throw new InvalidOperationException("Update the MarketStructure with this candle before the ImpulseLegDetector.");
        StartedThisBar = false;
        if (Current is { } leg) Current = Advance(leg, bar);

        if (_structure.NewBreakCount > 0)
        {
            var br = _structure.NewBreak(_structure.NewBreakCount - 1);
            if (Current is { } old) _previous.Add(old);
            Current = Start(br);
            StartedThisBar = true;
        }
    }

    /// <summary>Forgets everything (reset the structure too).</summary>
    public void Reset()
    {
        _previous.Clear();
        Current = null;
        StartedThisBar = false;
        _barCount = 0;
    }

    private ImpulseLeg Advance(in ImpulseLeg leg, in Bar bar)
    {
        if (leg.State == LegState.Invalidated) return leg;
        var bullish = leg.Direction == Direction.Bullish;
        if (bullish ? bar.Close < leg.StartPrice : bar.Close > leg.StartPrice)
            return leg with { State = LegState.Invalidated };
        if (leg.State == LegState.Complete) return leg;

        var next = leg;
        if (bullish ? bar.High > leg.EndPrice : bar.Low < leg.EndPrice)
            next = leg with { EndPrice = bullish ? bar.High : bar.Low, EndTimeMs = bar.OpenTimeMs, EndIndex = _structure.Bars.Count - 1 };
        var swings = _structure.Swings;
        for (var i = 0; i < swings.NewSwingCount; i++)
        {
            var s = swings.NewSwing(i);
            if (s.Kind == (bullish ? SwingKind.High : SwingKind.Low) && s.Index >= next.EndIndex)
                return next with { State = LegState.Complete };
        }
        return next;
    }

    private ImpulseLeg Start(in StructureBreak br)
    {
        var bars = _structure.Bars;
        var bullish = br.Direction == Direction.Bullish;
        var endIndex = br.OriginIndex;
        var end = bullish ? bars[endIndex].High : bars[endIndex].Low;
        for (var i = br.OriginIndex + 1; i <= br.Index; i++)
        {
            var b = bars[i];
            if (bullish ? b.High > end : b.Low < end)
            {
                end = bullish ? b.High : b.Low;
                endIndex = i;
            }
        }
        return new ImpulseLeg(br.Direction, br.OriginPrice, br.OriginTimeMs, end, bars[endIndex].OpenTimeMs, endIndex,
            br.TimeMs, LegState.Developing);
    }
}
