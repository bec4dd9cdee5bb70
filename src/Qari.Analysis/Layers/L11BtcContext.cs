using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L11 BTC context: a BTC fall of <see cref="DumpDrop"/> or more within 60 minutes vetoes every entry; BTC 4h and 1d
/// both bearish votes bearish; otherwise BTC not bearish on either and the coin not underperforming BTC over 24h
/// votes bullish. Rising BTC dominance (≥ 1 point in 24h, only with a configured provider) caps alts at neutral.
/// </summary>
public sealed class L11BtcContext : IMemoLayer
{
    /// <summary>BTC drop within 60 minutes that vetoes entries.</summary>
    public const double DumpDrop = 0.03;

    /// <inheritdoc />
    public LayerId Id => LayerId.L11BtcContext;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        if (input.Market.Btc is not { } btc) return NoBtc;
        return Decide(input, btc, Relative(input, btc)).At(btc.Drop60m);
    }

    // The BTC fall from its 60-minute high changes every cycle but is only compared with the dump threshold (and
    // printed); everything else the decision and sentence read — BTC's trends and 24h return, the coin's 24h return
    // (1h closes), the dominance change — is compared with what the kept decision was made from.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        if (input.Market.Btc is not { } btc) return NoBtc;
        var rel = Relative(input, btc);
        var dominance = Dominance(input);
        if (memo.Holds(this, input.Analyzer.H1.Count, 0, 0, 0.0) && memo.Extra is Wording kept && kept.Fits(btc, input.Symbol.Base, rel, dominance))
            return kept.At(btc.Drop60m);
        var wording = Decide(input, btc, rel);
        var verdict = wording.At(btc.Drop60m);
        memo.Start(0.0);
        memo.Keep(this, input.Analyzer.H1.Count, 0, 0, verdict, wording);
        return verdict;
    }

    private static readonly LayerVerdict NoBtc =
        LayerVerdict.Abstain(LayerId.L11BtcContext, "BTC is not analysed this cycle, so there is no BTC context.");

    private static double Relative(LayerInput input, BtcContext btc)
    {
        var h = input.Analyzer.H1;
        var coin24 = h.Count > 24 ? (h.Last.Close / h.CloseAgo(24)) - 1.0 : double.NaN;
        return input.Symbol.Base == "BTC" || double.IsNaN(coin24) || double.IsNaN(btc.Return24h) ? double.NaN : coin24 - btc.Return24h;
    }

    // The dominance change as the decision reads it (NaN when none or for BTC itself).
    private static double Dominance(LayerInput input) =>
        input.Symbol.Base != "BTC" && input.Market.Dominance is { } d ? d.Change24hPoints : double.NaN;

    private static Wording Decide(LayerInput input, BtcContext btc, double rel)
    {
        var isBtc = input.Symbol.Base == "BTC";
        var dominance = Dominance(input);
        var w = new Wording(btc, input.Symbol.Base, rel, dominance);
        if (btc.Drop60m >= DumpDrop) return w.Decide(Vote.Bearish, 1.0, ": BTC is dumping, entries are vetoed.", veto: true);
        if (btc.Trend4h == Trend.Bearish && btc.Trend1d == Trend.Bearish) return w.Decide(Vote.Bearish, 0.8, ": BTC is in a downtrend.");
        if (btc.Trend4h == Trend.Bearish && rel < 0) return w.Decide(Vote.Bearish, 0.5, ": weak against a falling BTC.");
        if (btc.Trend4h != Trend.Bearish && btc.Trend1d != Trend.Bearish && (isBtc || !(rel < 0)))
        {
            var strength = 0.5 + (btc.Trend4h == Trend.Bullish ? 0.25 : 0) + (rel >= 0.02 ? 0.25 : 0);
            if (!isBtc && input.Market.Dominance is { } d && d.Change24hPoints >= 1.0) return w.Decide(Vote.Neutral, 0.0, null);
            return w.Decide(Vote.Bullish, strength, ": supportive.");
        }
        return w.Decide(Vote.Neutral, 0.0, ": mixed.");
    }

    // Written at BTC's fall from its 60-minute high; a null ending is the dominance sentence.
    private sealed class Wording(BtcContext btc, string coin, double rel, double dominance) : VerdictWording
    {
        private readonly Trend _trend4h = btc.Trend4h, _trend1d = btc.Trend1d;
        private readonly double _return24h = btc.Return24h;
        private readonly bool _dump = btc.Drop60m >= DumpDrop;
        private string? _ending;

        public Wording Decide(Vote vote, double strength, string? ending, bool veto = false)
        {
            _ending = ending;
            Decide(LayerId.L11BtcContext, vote, strength, LayerLevels.None, veto);
            return this;
        }

        // Every input but the fall itself, by bits (so NaN and −0.0 cannot be confused), and the fall's side of the threshold.
        public bool Fits(BtcContext now, string nowCoin, double nowRel, double nowDominance) =>
            nowCoin == coin && now.Trend4h == _trend4h && now.Trend1d == _trend1d && Same(now.Return24h, _return24h) && Same(nowRel, rel)
            && Same(nowDominance, dominance) && (now.Drop60m >= DumpDrop) == _dump;

        public override string Write(double at)
        {
            var text = $"BTC 4h {Word(_trend4h)}, 1d {Word(_trend1d)}, {Pct1(at)} off its 60-minute high"
                + (double.IsNaN(rel) ? "" : $"; {coin} {(rel >= 0 ? "outperformed" : "underperformed")} BTC by {Pct1(Math.Abs(rel))} over 24h");
            return _ending is null ? $"{text}; BTC dominance rose {N(dominance)} points in 24h: money is leaving alts." : text + _ending;
        }

        private static bool Same(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);
    }
}
