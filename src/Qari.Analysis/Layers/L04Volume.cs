using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L4 volume on 1h: OBV above or below its 20-period EMA (trend), OBV divergence against price over
/// <see cref="DivergenceBars"/> candles, and a relative-volume spike on an up or down candle. Two agreeing signs of
/// three vote. Taker-buy volume is not in the stored candles, so buying-vs-selling pressure is not used yet.
/// </summary>
public sealed class L04Volume : IMemoLayer
{
    /// <summary>Look-back for OBV divergence, in 1h candles.</summary>
    public const int DivergenceBars = 20;

    /// <summary>Relative volume that counts as a spike.</summary>
    public const double Spike = 1.5;

    /// <inheritdoc />
    public LayerId Id => LayerId.L04Volume;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input);
    }

    // Everything read is 1h state: the verdict changes only when a 1h candle closes.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var count = input.Analyzer.H1.Count;
        if (memo.Holds(this, count, 0, 0, 0.0)) return memo.Verdict!;
        memo.Start(0.0);
        return memo.Keep(this, count, 0, 0, Compute(input));
    }

    private LayerVerdict Compute(LayerInput input)
    {
        var h = input.Analyzer.H1;
        if (h.ObvEma is not { IsReady: true } obvEma || h.RelativeVolume is not { IsReady: true } rv || h.Count <= DivergenceBars)
            return LayerVerdict.Abstain(Id, NotEnough(h.Count));
        var obv = h.Obv!.Value;
        var close = h.Last.Close;
        var closeThen = h.CloseAgo(DivergenceBars);
        var obvThen = h.ObvAgo(DivergenceBars);
        var up = h.Last.Close > h.Last.Open;
        int bull = 0, bear = 0;
        var obvAbove = obv > obvEma.Value;
        if (obvAbove) bull++; else bear++;
        var divergence = 0;
        if (close < closeThen && obv > obvThen) { bull++; divergence = 1; }
        else if (close > closeThen && obv < obvThen) { bear++; divergence = -1; }
        var relative = rv.Value;
        if (relative >= Spike) { if (up) bull++; else bear++; }
        var (vote, strength) = bull >= 2 && bull > bear ? (Vote.Bullish, bull / 3.0)
            : bear >= 2 && bear > bull ? (Vote.Bearish, bear / 3.0)
            : (Vote.Neutral, 0.0);
        return LayerVerdict.Of(Id, vote, strength, LayerLevels.None, Sentence(obvAbove, divergence, relative, up));
    }

    private static Func<string> NotEnough(long h1) => () => $"Not enough 1h history for volume analysis ({h1} candles).";

    private static Func<string> Sentence(bool obvAbove, int divergence, double relative, bool up) => () =>
    {
        var notes = new List<string>(3) { obvAbove ? "OBV above its 20-EMA" : "OBV below its 20-EMA" };
        if (divergence > 0) notes.Add("bullish OBV divergence");
        else if (divergence < 0) notes.Add("bearish OBV divergence");
        notes.Add(relative >= Spike ? $"{N(relative)}× volume on a {(up ? "green" : "red")} candle" : $"relative volume {N(relative)}×");
        return $"1h volume: {string.Join(", ", notes)} (taker-buy share not available in these candles).";
    };
}
