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
        // Each of these is computed when read (a division, a square root): read once.
        var (value, lower, upper) = (a.SessionVwap.Value, a.SessionVwap.Lower, a.SessionVwap.Upper);
        var price = a.Price;
        var aboveSession = price > value;
        var levels = new LayerLevels(
            ZoneLow: double.IsNaN(anchored) ? lower : Math.Min(anchored, value),
            ZoneHigh: double.IsNaN(anchored) ? value : Math.Max(anchored, value),
            Invalidation: double.IsNaN(anchored) ? null : anchorPrice);
        Vote vote;
        double strength;
        string ending;
        if (double.IsNaN(anchored))
            (vote, strength, ending) = aboveSession ? (Vote.Bullish, 0.5, ": above the session VWAP.") : (Vote.Bearish, 0.5, ": below the session VWAP.");
        else
        {
            var aboveAnchored = price > anchored;
            if (aboveSession && aboveAnchored)
            {
                var stretched = price > upper;
                (vote, strength, ending) = (Vote.Bullish, stretched ? 0.6 : 1.0, stretched ? ": above both, but stretched above the upper band." : ": above both.");
            }
            else if (!aboveSession && !aboveAnchored) (vote, strength, ending) = (Vote.Bearish, 1.0, ": below both.");
            else (vote, strength, ending) = (Vote.Neutral, 0.0, ": between them.");
        }
        return LayerVerdict.Written(Id, vote, strength, levels, new Facts(value, lower, upper, anchored, anchorPrice, ending), price);
    }

    // The sentence's values, written at the price; one object per cycle (the session VWAP moves with every 5m candle).
    private sealed class Facts(double session, double lower, double upper, double anchored, double anchorPrice, string ending) : VerdictText
    {
        public override string Write(double at)
        {
            var anchorText = double.IsNaN(anchored) ? "no 1h swing-low anchor" : $"anchored VWAP {Px(anchored)} (from the 1h swing low {Px(anchorPrice)})";
            return $"Price {Px(at)} vs session VWAP {Px(session)} (bands {Px(lower)}–{Px(upper)}) and {anchorText}" + ending;
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
