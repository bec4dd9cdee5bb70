using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L9 VWAP: the daily (00:00 UTC) session VWAP over 5m candles, and a VWAP anchored at the last confirmed 1h swing
/// low (over the closed 1h candles since it). Price above both votes bullish (stronger when not stretched above
/// the session's upper band); below both bearish; between them neutral.
/// </summary>
public sealed class L09Vwap : IMemoLayer
{
    /// <inheritdoc />
    public LayerId Id => LayerId.L09Vwap;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var a = input.Analyzer;
        if (!a.SessionVwap.IsReady) return NoSession;
        var anchored = AnchoredAtLastSwingLow(a, out var anchorPrice);
        return Compute(a, anchored, anchorPrice);
    }

    // The anchored VWAP sums the 1h candles since the last 1h swing low, which change only when a 1h candle closes;
    // the session VWAP and the price change every 5m candle, so the verdict itself is redone.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (!a.SessionVwap.IsReady) return NoSession;
        if (memo.Holds(this, a.H1.Count, 0, 0, 0.0) && memo.Extra is Anchor kept) return Compute(a, kept.Vwap, kept.Price);
        var anchored = AnchoredAtLastSwingLow(a, out var anchorPrice);
        var verdict = Compute(a, anchored, anchorPrice);
        memo.Start(0.0);
        memo.Keep(this, a.H1.Count, 0, 0, verdict, new Anchor(anchored, anchorPrice));
        return verdict;
    }

    private static readonly LayerVerdict NoSession = LayerVerdict.Abstain(LayerId.L09Vwap, "No 5m candles yet for the session VWAP.");

    private sealed record Anchor(double Vwap, double Price);

    private LayerVerdict Compute(Engine.SymbolAnalyzer a, double anchored, double anchorPrice)
    {
        var session = a.SessionVwap;
        var price = a.Price;
        var aboveSession = price > session.Value;
        var text = new Facts(price, session.Value, session.Lower, session.Upper, anchored, anchorPrice);
        var levels = new LayerLevels(
            ZoneLow: double.IsNaN(anchored) ? session.Lower : Math.Min(anchored, session.Value),
            ZoneHigh: double.IsNaN(anchored) ? session.Value : Math.Max(anchored, session.Value),
            Invalidation: double.IsNaN(anchored) ? null : anchorPrice);
        if (double.IsNaN(anchored))
            return aboveSession
                ? LayerVerdict.Of(Id, Vote.Bullish, 0.5, levels, text.Sentence(": above the session VWAP."))
                : LayerVerdict.Of(Id, Vote.Bearish, 0.5, levels, text.Sentence(": below the session VWAP."));
        var aboveAnchored = price > anchored;
        if (aboveSession && aboveAnchored)
        {
            var stretched = price > session.Upper;
            return LayerVerdict.Of(Id, Vote.Bullish, stretched ? 0.6 : 1.0, levels, text.Sentence(stretched ? ": above both, but stretched above the upper band." : ": above both."));
        }
        if (!aboveSession && !aboveAnchored)
            return LayerVerdict.Of(Id, Vote.Bearish, 1.0, levels, text.Sentence(": below both."));
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, levels, text.Sentence(": between them."));
    }

    private static Func<string> Sentence(Facts f, string ending) => () => f.Text() + ending;

    private readonly record struct Facts(double Price, double Session, double Lower, double Upper, double Anchored, double AnchorPrice)
    {
        public Func<string> Sentence(string ending) => L09Vwap.Sentence(this, ending);

        public string Text()
        {
            var anchorText = double.IsNaN(Anchored) ? "no 1h swing-low anchor" : $"anchored VWAP {Px(Anchored)} (from the 1h swing low {Px(AnchorPrice)})";
            return $"Price {Px(Price)} vs session VWAP {Px(Session)} (bands {Px(Lower)}–{Px(Upper)}) and {anchorText}";
        }
    }

    private static double AnchoredAtLastSwingLow(Engine.SymbolAnalyzer a, out double anchorPrice)
    {
        anchorPrice = double.NaN;
        var structure = a.H1.Structure;
        if (structure.Swings.LastLow is not { } low || !structure.Bars.Contains(low.Index)) return double.NaN;
        anchorPrice = low.Price;
        double pv = 0, v = 0;
        for (var i = low.Index; i < structure.Bars.Count; i++)
        {
            var b = structure.Bars[i];
            pv += (b.High + b.Low + b.Close) / 3.0 * b.Volume;
            v += b.Volume;
        }
        return v > 0 ? pv / v : double.NaN;
    }
}
