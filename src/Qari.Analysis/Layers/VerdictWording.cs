namespace Qari.Analysis.Layers;

/// <summary>
/// A layer's decision (vote, strength, levels, veto) together with its wording: the part of the sentence that stays
/// the same while the decision does, written with the one value that changes every cycle (the price, the moment).
/// A layer keeps one per decision for a symbol (in its <see cref="LayerMemo"/>) and hands out a verdict per cycle
/// that carries only that value, so nothing is formatted unless someone reads the sentence and nothing but the
/// verdict itself is allocated. Used by the thread scoring the symbol, like the memo that holds it.
/// </summary>
internal abstract class VerdictWording : VerdictText
{
    private LayerId _layer;
    private Vote _vote;
    private double _strength;
    private LevelsBox _levels = LevelsBox.Of(LayerLevels.None);
    private bool _veto;
    private LayerVerdict? _last;
    private long _lastAt;

    /// <summary>
    /// The verdict at <paramref name="at"/>: the last one handed out when <paramref name="at"/> has the same bits
    /// (then every field and the sentence are the same), otherwise a new one.
    /// </summary>
    public LayerVerdict At(double at)
    {
        var bits = BitConverter.DoubleToInt64Bits(at);
        if (_last is { } last && bits == _lastAt) return last;
        _lastAt = bits;
        return _last = LayerVerdict.Worded(_layer, _vote, _strength, _levels, this, at, _veto);
    }

    /// <summary>Sets the decision every verdict of this wording carries (strength is scaled as <see cref="LayerVerdict.Of(LayerId, Vote, double, LayerLevels, string, bool)"/> does).</summary>
    protected void Decide(LayerId layer, Vote vote, double strength, LayerLevels levels, bool veto = false)
    {
        (_layer, _vote, _strength, _levels, _veto) = (layer, vote, strength, LevelsBox.Of(levels), veto);
        _last = null;
    }
}
