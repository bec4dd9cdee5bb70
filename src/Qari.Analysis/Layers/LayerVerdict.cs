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
public sealed record LayerVerdict(LayerId Layer, Vote Vote, double Points, double Strength, LayerLevels Levels, string Sentence, bool Veto = false)
{
    /// <summary>Maximum absolute layer points.</summary>
    public const double MaxPoints = 10.0;

    /// <summary>A verdict with points derived from vote and strength (strength clamped to 0–1).</summary>
    public static LayerVerdict Of(LayerId layer, Vote vote, double strength, LayerLevels levels, string sentence, bool veto = false)
    {
        var s = double.IsFinite(strength) ? Math.Clamp(strength, 0.0, 1.0) : 0.0;
        if (vote == Vote.Abstain) s = 0.0;
        var points = vote switch
        {
            Vote.Bullish => s * MaxPoints,
            Vote.Bearish => -s * MaxPoints,
            _ => 0.0,
        };
        return new LayerVerdict(layer, vote, Math.Round(points, 2), Math.Round(s, 3), levels, sentence, veto);
    }

    /// <summary>An abstention with the reason.</summary>
    public static LayerVerdict Abstain(LayerId layer, string reason) => new(layer, Vote.Abstain, 0.0, 0.0, LayerLevels.None, reason);
}
