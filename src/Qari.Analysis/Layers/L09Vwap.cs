using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L9 VWAP: the daily (00:00 UTC) session VWAP over 5m candles, and a VWAP anchored at the last confirmed 1h swing
/// low (over the closed 1h candles since it). Price above both votes bullish (stronger when not stretched above
/// the session's upper band); below both bearish; between them neutral.
/// </summary>
public sealed class L09Vwap : ILayer
{
    /// <inheritdoc />
    public LayerId Id => LayerId.L09Vwap;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        var a = input.Analyzer;
        var session = a.SessionVwap;
        if (!session.IsReady)
            return LayerVerdict.Abstain(Id, "No 5m candles yet for the session VWAP.");
        var price = a.Price;
        var anchored = AnchoredAtLastSwingLow(a, out var anchorPrice);
        var aboveSession = price > session.Value;
        var anchorText = double.IsNaN(anchored) ? "no 1h swing-low anchor" : $"anchored VWAP {Px(anchored)} (from the 1h swing low {Px(anchorPrice)})";
        var text = $"Price {Px(price)} vs session VWAP {Px(session.Value)} (bands {Px(session.Lower)}–{Px(session.Upper)}) and {anchorText}";
        var levels = new LayerLevels(
            ZoneLow: double.IsNaN(anchored) ? session.Lower : Math.Min(anchored, session.Value),
            ZoneHigh: double.IsNaN(anchored) ? session.Value : Math.Max(anchored, session.Value),
            Invalidation: double.IsNaN(anchored) ? null : anchorPrice);
        if (double.IsNaN(anchored))
            return aboveSession
                ? LayerVerdict.Of(Id, Vote.Bullish, 0.5, levels, text + ": above the session VWAP.")
                : LayerVerdict.Of(Id, Vote.Bearish, 0.5, levels, text + ": below the session VWAP.");
        var aboveAnchored = price > anchored;
        if (aboveSession && aboveAnchored)
        {
            var stretched = price > session.Upper;
            return LayerVerdict.Of(Id, Vote.Bullish, stretched ? 0.6 : 1.0, levels, text + (stretched ? ": above both, but stretched above the upper band." : ": above both."));
        }
        if (!aboveSession && !aboveAnchored)
            return LayerVerdict.Of(Id, Vote.Bearish, 1.0, levels, text + ": below both.");
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, levels, text + ": between them.");
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
