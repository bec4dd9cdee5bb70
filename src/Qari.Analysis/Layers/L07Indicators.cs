using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L7 indicators on 1h, confirmation only and one layer however many agree: RSI (50–70 bullish, below 45 bearish),
/// MACD histogram sign, EMA 20/50/200 stack with price, position within the Bollinger bands, ADX ≥ 20 with the
/// dominant DI, MFI (50–80 bullish, below 40 bearish). Four of six agreeing vote.
/// </summary>
public sealed class L07Indicators : IMemoLayer
{
    /// <summary>Checks that must agree for a vote.</summary>
    public const int Needed = 4;

    /// <inheritdoc />
    public LayerId Id => LayerId.L07Indicators;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input);
    }

    // Everything read is 1h state (the 1h close, not the 5m price): the verdict changes only when a 1h candle closes.
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
        if (h.Ema200 is not { IsReady: true } || h.Macd is not { IsReady: true } || h.Adx is not { IsReady: true }
            || h.Mfi is not { IsReady: true } || h.Bands is not { IsReady: true } || h.Rsi is not { IsReady: true })
            return LayerVerdict.Abstain(Id, WarmingUp(h.Count));
        var c = h.Last.Close;
        double rsi = h.Rsi.Value, hist = h.Macd.Histogram, e20 = h.Ema20!.Value, e50 = h.Ema50!.Value, e200 = h.Ema200.Value;
        double adx = h.Adx.Value, mfi = h.Mfi.Value;
        int bull = 0, bear = 0;
        Count(rsi is > 50 and < 70, rsi < 45, ref bull, ref bear);
        Count(hist > 0, hist < 0, ref bull, ref bear);
        Count(c > e20 && e20 > e50 && e50 > e200, c < e20 && e20 < e50 && e50 < e200, ref bull, ref bear);
        Count(c > h.Bands.Middle && c < h.Bands.Upper, c < h.Bands.Middle, ref bull, ref bear);
        Count(adx >= 20 && h.Adx.PlusDi > h.Adx.MinusDi, adx >= 20 && h.Adx.MinusDi > h.Adx.PlusDi, ref bull, ref bear);
        Count(mfi is > 50 and < 80, mfi < 40, ref bull, ref bear);
        var (vote, strength) = bull >= Needed ? (Vote.Bullish, bull / 6.0) : bear >= Needed ? (Vote.Bearish, bear / 6.0) : (Vote.Neutral, 0.0);
        var stack = e20 > e50 && e50 > e200 ? "EMAs stacked up" : e20 < e50 && e50 < e200 ? "EMAs stacked down" : "EMAs mixed";
        return LayerVerdict.Of(Id, vote, strength, LayerLevels.None, Sentence(bull, bear, rsi, hist, stack, adx, mfi));
    }

    private static Func<string> WarmingUp(long h1) => () => $"1h indicators are still warming up ({h1} of 200 candles for EMA200).";

    private static Func<string> Sentence(int bull, int bear, double rsi, double hist, string stack, double adx, double mfi) =>
        () => $"1h indicators {bull} bullish / {bear} bearish of 6: RSI {N(rsi)}, MACD histogram {(hist >= 0 ? "positive" : "negative")}, {stack}, ADX {N(adx)}, MFI {N(mfi)}.";

    private static void Count(bool bullish, bool bearish, ref int bull, ref int bear)
    {
        if (bullish) bull++;
        else if (bearish) bear++;
    }
}
