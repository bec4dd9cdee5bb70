using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Equal highs and equal lows. Each confirmed swing is compared with the still-unswept earlier swings of the same
/// kind; when one lies within <c>Tolerance</c> (relative) of it, the pair (or a growing cluster) is reported. A
/// swing high stops being a candidate once a later candle's high exceeds it by more than the tolerance (the
/// liquidity was taken); lows mirror this. Reads the swings of a <see cref="MarketStructure"/> that must be
/// updated with the same candle first.
/// </summary>
public sealed class EqualLevelDetector
{
    private readonly EqualLevelSettings _settings;
    private readonly MarketStructure _structure;
    private readonly List<Candidate> _highs;
    private readonly List<Candidate> _lows;
    private readonly RingBuffer<EqualLevel> _levels;
    private long _barCount;

    /// <summary>Creates the detector over <paramref name="structure"/>.</summary>
    public EqualLevelDetector(MarketStructure structure, EqualLevelSettings? settings = null)
    {
        _structure = structure ?? throw new ArgumentNullException(nameof(structure));
        _settings = settings ?? EqualLevelSettings.Default;
        _settings.Validate();
        _highs = new List<Candidate>(_settings.Candidates);
        _lows = new List<Candidate>(_settings.Candidates);
        _levels = new RingBuffer<EqualLevel>(_settings.History);
    }

    /// <summary>The settings in use.</summary>
    public EqualLevelSettings Settings => _settings;

    /// <summary>Equal-level events, oldest first; a cluster that gains a member is reported again with more touches.</summary>
    public IReadOnlyList<EqualLevel> Levels => _levels;

    /// <summary>Number of events produced by the latest candle (0–2).</summary>
    public int NewLevelCount { get; private set; }

    /// <summary>The i-th event produced by the latest candle.</summary>
    public EqualLevel NewLevel(int i) =>
        (uint)i < (uint)NewLevelCount ? _levels.FromEnd(NewLevelCount - 1 - i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>Consumes the latest candle; the structure must already have consumed it.</summary>
    public void Update(in Bar bar)
    {
        _barCount++;
        if (_structure.Bars.Count != _barCount)
            throw new InvalidOperationException("Update the MarketStructure with this candle before the EqualLevelDetector.");
        NewLevelCount = 0;
        var tol = _settings.Tolerance;
        for (var i = _highs.Count - 1; i >= 0; i--)
            if (bar.High > _highs[i].Price * (1 + tol)) _highs.RemoveAt(i);
        for (var i = _lows.Count - 1; i >= 0; i--)
            if (bar.Low < _lows[i].Price * (1 - tol)) _lows.RemoveAt(i);

        var swings = _structure.Swings;
        for (var i = 0; i < swings.NewSwingCount; i++)
        {
            var s = swings.NewSwing(i);
            if (s.IsFiller && _structure.ExceededSince(s, byClose: false)) continue;
            if (s.Kind == SwingKind.High) Match(_highs, s, tol, bar.OpenTimeMs);
            else Match(_lows, s, tol, bar.OpenTimeMs);
        }
    }

    /// <summary>Forgets everything (reset the structure too).</summary>
    public void Reset()
    {
        _highs.Clear();
        _lows.Clear();
        _levels.Clear();
        _barCount = 0;
        NewLevelCount = 0;
    }

    private void Match(List<Candidate> list, in Swing s, double tol, long nowMs)
    {
        var high = s.Kind == SwingKind.High;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var c = list[i];
            if (Math.Abs(s.Price - c.Price) > tol * c.Price) continue;
            var merged = new Candidate(high ? Math.Max(c.Price, s.Price) : Math.Min(c.Price, s.Price), c.FirstTimeMs, c.Touches + 1);
            list.RemoveAt(i);
            Append(list, merged);
            _levels.Add(new EqualLevel(s.Kind, merged.Price, merged.FirstTimeMs, s.TimeMs, merged.Touches, nowMs));
            NewLevelCount++;
            return;
        }
        Append(list, new Candidate(s.Price, s.TimeMs, 1));
    }

    private void Append(List<Candidate> list, Candidate c)
    {
        if (list.Count == _settings.Candidates) list.RemoveAt(0);
        list.Add(c);
    }

    private readonly record struct Candidate(double Price, long FirstTimeMs, int Touches);
}
