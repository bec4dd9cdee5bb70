using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L11 BTC context: a BTC fall of <see cref="DumpDrop"/> or more within 60 minutes vetoes every entry; BTC 4h and 1d
/// both bearish votes bearish; otherwise BTC not bearish on either and the coin not underperforming BTC over 24h
/// votes bullish. Rising BTC dominance (≥ 1 point in 24h, only with a configured provider) caps alts at neutral.
/// </summary>
public sealed class L11BtcContext : ILayer
{
    /// <summary>BTC drop within 60 minutes that vetoes entries.</summary>
    public const double DumpDrop = 0.03;

    /// <inheritdoc />
    public LayerId Id => LayerId.L11BtcContext;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        if (input.Market.Btc is not { } btc)
            return LayerVerdict.Abstain(Id, "BTC is not analysed this cycle, so there is no BTC context.");
        var isBtc = input.Symbol.Base == "BTC";
        var h = input.Analyzer.H1;
        var coin24 = h.Count > 24 ? (h.Last.Close / h.CloseAgo(24)) - 1.0 : double.NaN;
        var rel = isBtc || double.IsNaN(coin24) || double.IsNaN(btc.Return24h) ? double.NaN : coin24 - btc.Return24h;
        var text = new Facts(btc, input.Symbol.Base, rel);
        if (btc.Drop60m >= DumpDrop)
            return LayerVerdict.Of(Id, Vote.Bearish, 1.0, LayerLevels.None, text.Sentence(": BTC is dumping, entries are vetoed."), veto: true);
        if (btc.Trend4h == Trend.Bearish && btc.Trend1d == Trend.Bearish)
            return LayerVerdict.Of(Id, Vote.Bearish, 0.8, LayerLevels.None, text.Sentence(": BTC is in a downtrend."));
        if (btc.Trend4h == Trend.Bearish && rel < 0)
            return LayerVerdict.Of(Id, Vote.Bearish, 0.5, LayerLevels.None, text.Sentence(": weak against a falling BTC."));
        if (btc.Trend4h != Trend.Bearish && btc.Trend1d != Trend.Bearish && (isBtc || !(rel < 0)))
        {
            var strength = 0.5 + (btc.Trend4h == Trend.Bullish ? 0.25 : 0) + (rel >= 0.02 ? 0.25 : 0);
            if (!isBtc && input.Market.Dominance is { } d && d.Change24hPoints >= 1.0)
                return LayerVerdict.Of(Id, Vote.Neutral, 0.0, LayerLevels.None, text.Dominance(d.Change24hPoints));
            return LayerVerdict.Of(Id, Vote.Bullish, strength, LayerLevels.None, text.Sentence(": supportive."));
        }
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, LayerLevels.None, text.Sentence(": mixed."));
    }

    private static Func<string> Sentence(Facts f, string ending) => () => f.Text() + ending;

    private static Func<string> Dominance(Facts f, double points) =>
        () => $"{f.Text()}; BTC dominance rose {N(points)} points in 24h: money is leaving alts.";

    private readonly record struct Facts(BtcContext Btc, string Base, double Rel)
    {
        public Func<string> Sentence(string ending) => L11BtcContext.Sentence(this, ending);

        public Func<string> Dominance(double points) => L11BtcContext.Dominance(this, points);

        public string Text() =>
            $"BTC 4h {Word(Btc.Trend4h)}, 1d {Word(Btc.Trend1d)}, {Pct1(Btc.Drop60m)} off its 60-minute high"
            + (double.IsNaN(Rel) ? "" : $"; {Base} {(Rel >= 0 ? "outperformed" : "underperformed")} BTC by {Pct1(Math.Abs(Rel))} over 24h");
    }
}
