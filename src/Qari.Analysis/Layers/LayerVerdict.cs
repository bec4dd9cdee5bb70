namespace Qari.Analysis.Layers;

/// <summary>
/// One layer's verdict at one closed candle. <see cref="Points"/> is the layer's own score on a −10…+10 scale
/// (strength × 10, negative when bearish, 0 when neutral or abstaining); the confluence weights turn it into a
/// share of the 100-point score.
/// </summary>
/// <param name="Layer">Which layer.</param>
/// <param name="Vote">Bullish, neutral, bearish, or abstain when its data is missing.</param>
/// <param name="Points">Signed layer points, −10…+10.</param>
/// <param name="Strength">Conviction 0–1.</param>
/// <param name="Levels">Zone, targets and invalidation the layer found.</param>
/// <param name="Sentence">One plain-English sentence a user reads.</param>
/// <param name="Veto">True when the layer forbids an entry regardless of the score (e.g. BTC dumping).</param>
/// <remarks>
/// A layer may hand over its sentence as a writer instead of text: every symbol gets 11 verdicts every 5 minutes,
/// but only the few candidates someone reads need the sentences, and formatting their numbers was most of a
/// cycle's cost. The writer captures the values, never a live object, so the text is the same whenever it is read.
/// </remarks>
public sealed record LayerVerdict(LayerId Layer, Vote Vote, double Points, double Strength, LayerLevels Levels, string Sentence, bool Veto = false)
{
    /// <summary>Maximum absolute layer points.</summary>
    public const double MaxPoints = 10.0;

    // The levels are a 88-byte struct; kept in a box so a verdict is half the size and verdicts of one decision
    // (VerdictWording) share one box instead of copying the levels into every cycle's verdict.
    private LevelsBox _levels = LevelsBox.Of(Levels);

    // The sentence (a string), or what writes it on first read: a Func<string>, or a VerdictText written at _at. One
    // field for the three keeps the verdict, allocated for most layers every cycle, at 72 bytes.
    private object? _text = Sentence;
    private double _at;

    private LayerVerdict(LayerId layer, Vote vote, double points, double strength, LayerLevels levels, Func<string> write, bool veto)
        : this(layer, vote, points, strength, levels, (string)null!, veto) =>
        _text = write ?? throw new ArgumentNullException(nameof(write));

    private LayerVerdict(LayerId layer, Vote vote, double points, double strength, LevelsBox levels, VerdictText text, double at, bool veto)
        : this(layer, vote, points, strength, LayerLevels.None, (string)null!, veto)
    {
        _levels = levels;
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _at = at;
    }

    /// <summary>Zone, targets and invalidation the layer found.</summary>
    public LayerLevels Levels
    {
        get => _levels.Value;
        init => _levels = LevelsBox.Of(value);
    }

    /// <summary>One plain-English sentence a user reads (written on first read when the layer gave a writer).</summary>
    public string Sentence
    {
        // The field is read once: a racing reader sees the text or the writer (and writes the same text again, harmlessly).
        get
        {
            var text = _text;
            if (text is string sentence) return sentence;
            var written = text is VerdictText words ? words.Write(_at) : ((Func<string>)text!)();
            _text = written;
            return written;
        }
        init => _text = value;
    }

    /// <summary>A verdict with points derived from vote and strength (strength clamped to 0–1).</summary>
    public static LayerVerdict Of(LayerId layer, Vote vote, double strength, LayerLevels levels, string sentence, bool veto = false)
    {
        var (points, s) = Scale(vote, strength);
        return new LayerVerdict(layer, vote, points, s, levels, sentence, veto);
    }

    /// <summary>A verdict like <see cref="Of(LayerId, Vote, double, LayerLevels, string, bool)"/> whose sentence is written on first read.</summary>
    public static LayerVerdict Of(LayerId layer, Vote vote, double strength, LayerLevels levels, Func<string> sentence, bool veto = false)
    {
        var (points, s) = Scale(vote, strength);
        return new LayerVerdict(layer, vote, points, s, levels, sentence, veto);
    }

    /// <summary>
    /// A verdict whose decision (vote, points, strength, levels, veto) a layer keeps across cycles in
    /// <paramref name="wording"/>, and whose sentence is that wording written at <paramref name="at"/> (the price or
    /// moment the layer judged) on first read: one object per call instead of a verdict plus a sentence writer.
    /// </summary>
    internal static LayerVerdict Worded(LayerId layer, Vote vote, double strength, LevelsBox levels, VerdictText wording, double at, bool veto = false)
    {
        var (points, s) = Scale(vote, strength);
        return new LayerVerdict(layer, vote, points, s, levels, wording, at, veto);
    }

    /// <summary>A verdict like <see cref="Of(LayerId, Vote, double, LayerLevels, string, bool)"/> whose sentence is <paramref name="text"/> written at <paramref name="at"/> on first read.</summary>
    internal static LayerVerdict Written(LayerId layer, Vote vote, double strength, LayerLevels levels, VerdictText text, double at)
    {
        var (points, s) = Scale(vote, strength);
        return new LayerVerdict(layer, vote, points, s, LevelsBox.Of(levels), text, at, false);
    }

    /// <summary>An abstention with the reason.</summary>
    public static LayerVerdict Abstain(LayerId layer, string reason) => new(layer, Vote.Abstain, 0.0, 0.0, LayerLevels.None, reason);

    /// <summary>An abstention whose reason is written on first read.</summary>
    public static LayerVerdict Abstain(LayerId layer, Func<string> reason) => new(layer, Vote.Abstain, 0.0, 0.0, LayerLevels.None, reason, false);

    /// <summary>Equal when every field and the sentence text are equal (the text is written if needed).</summary>
    public bool Equals(LayerVerdict? other) =>
        other is not null && (ReferenceEquals(this, other) || (Layer == other.Layer && Vote == other.Vote && Points.Equals(other.Points)
            && Strength.Equals(other.Strength) && Levels.Equals(other.Levels) && Veto == other.Veto && Sentence == other.Sentence));

    /// <inheritdoc />
    // The sentence is left out so hashing does not write it; equal verdicts still hash alike.
    public override int GetHashCode() => HashCode.Combine(Layer, Vote, Points, Strength, Levels, Veto);

    private static (double Points, double Strength) Scale(Vote vote, double strength)
    {
        var s = double.IsFinite(strength) ? Math.Clamp(strength, 0.0, 1.0) : 0.0;
        if (vote == Vote.Abstain) s = 0.0;
        var points = vote switch
        {
            Vote.Bullish => s * MaxPoints,
            Vote.Bearish => -s * MaxPoints,
            _ => 0.0,
        };
        return (Math.Round(points, 2), Math.Round(s, 3));
    }
}
