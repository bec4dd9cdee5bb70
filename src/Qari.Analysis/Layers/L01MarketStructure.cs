using Qari.Analysis.Engine;
using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L1 market structure: the 1d and 4h trends (HH/HL, LH/LL, range) and whether they agree. Its vote is the
/// directional bias; a bearish bias blocks entries. Invalidation is the last 4h swing low; targets the 4h and 1d
/// swing highs above price, and for the planner every unswept 4h/1d swing high and equal high and every weekly
/// swing high (built from the 1d candles) above price.
/// </summary>
public sealed class L01MarketStructure : IMemoLayer
{
    /// <summary>4h candles needed before the layer votes.</summary>
    public const int Min4h = 30;

    /// <summary>1d candles needed before the layer votes.</summary>
    public const int Min1d = 20;

    /// <inheritdoc />
    public LayerId Id => LayerId.L01MarketStructure;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input.Analyzer, null);
    }

    // Reads 4h/1d structure and levels, the weekly highs (from 1d), the last 15m break and the price only through
    // comparisons with the levels registered in Compute. The 15m break only appears in the sentence, through its kind,
    // direction and level, so a 15m close that leaves those the same keeps the verdict (most 15m closes break nothing);
    // without a 15m close since the last look the break is the same one and is not read again.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (memo.Holds(this, a.H4.Count, a.D1.Count, 0, a.Price) && memo.Extra is Last15 kept && kept.Names(a.M15)) return memo.Verdict!;
        var last15 = a.M15.Structure.LastBreak;
        memo.Start(a.Price);
        return memo.Keep(this, a.H4.Count, a.D1.Count, 0, Compute(a, memo), new Last15(last15, a.M15.Count));
    }

    // What the sentence prints of the last 15m break, and the 15m count at which it was last found the same; the level
    // compared by its bits, so even 0.0 and −0.0 stay apart. Kept in the memo only, never handed out.
    private sealed class Last15(StructureBreak? kept, long count)
    {
        private long _count = count;

        public bool Names(TimeframeState m15)
        {
            // The 15m structure changes only when a 15m candle closes.
            if (m15.Count == _count) return true;
            var now = m15.Structure.LastBreak;
            var same = kept is not { } b ? now is null
                : now is { } n && n.Kind == b.Kind && n.Direction == b.Direction
                    && BitConverter.DoubleToInt64Bits(n.Level) == BitConverter.DoubleToInt64Bits(b.Level);
            if (same) _count = m15.Count;
            return same;
        }
    }

    private LayerVerdict Compute(SymbolAnalyzer a, LayerMemo? memo)
    {
        if (a.H4.Count < Min4h || a.D1.Count < Min1d)
            return LayerVerdict.Abstain(Id, NotEnough(a.H4.Count, a.D1.Count));
        var t4 = a.H4.Structure.Trend;
        var t1 = a.D1.Structure.Trend;
        var (vote, strength, meaning) = (t1, t4) switch
        {
            (Trend.Bullish, Trend.Bullish) => (Vote.Bullish, 1.0, "they agree, bias bullish"),
            (Trend.Bullish, Trend.Range) or (Trend.Range, Trend.Bullish) => (Vote.Bullish, 0.6, "one leads and the other does not object, bias bullish"),
            (Trend.Bullish, Trend.Bearish) => (Vote.Neutral, 0.3, "4h is pulling back inside a 1d uptrend, bias neutral"),
            (Trend.Bearish, Trend.Bullish) => (Vote.Neutral, 0.3, "4h is bouncing against a 1d downtrend, bias neutral"),
            (Trend.Range, Trend.Range) => (Vote.Neutral, 0.0, "no direction, bias neutral"),
            (Trend.Bearish, Trend.Bearish) => (Vote.Bearish, 1.0, "they agree, bias bearish: entries are blocked"),
            _ => (Vote.Bearish, 0.6, "bias bearish: entries are blocked"),
        };
        var price = a.Price;
        var low4h = a.H4.Structure.Swings.LastLow;
        var high4h = a.H4.Structure.Swings.LastHigh;
        var high1d = a.D1.Structure.Swings.LastHigh;
        double? t1Level = high4h is { } h && h.Price > price ? h.Price : null;
        double? t2Level = high1d is { } d && d.Price > price && d.Price != t1Level ? d.Price : null;
        if (t1Level is null && t2Level is not null) (t1Level, t2Level) = (t2Level, null);
        double? invalidation = low4h is { } l && l.Price < price ? l.Price : null;
        if (memo is not null)
        {
            if (low4h is { } ml) memo.Level(ml.Price);
            if (high4h is { } mh) memo.Level(mh.Price);
            if (high1d is { } md) memo.Level(md.Price);
            memo.BuySide(a.H4);
            memo.BuySide(a.D1);
            foreach (var w in a.WeeklyHighs.Highs) memo.Level(w.Price);
        }
        var last15 = a.M15.Structure.LastBreak;
        var targets = TargetLevels.Scratch();
        TargetLevels.AddBuySide(targets, a.H4, "4h", price);
        TargetLevels.AddBuySide(targets, a.D1, "1d", price);
        TargetLevels.AddWeeklySwingHighs(targets, a.WeeklyHighs, price);
        return LayerVerdict.Of(Id, vote, strength, new LayerLevels(Target1: t1Level, Target2: t2Level, Invalidation: invalidation, Targets: TargetLevels.Snapshot(targets, a, Id)), Sentence(t1, t4, meaning, last15));
    }

    private static Func<string> NotEnough(long h4, long d1) =>
        () => $"Not enough history for structure: {h4} of {Min4h} 4h and {d1} of {Min1d} 1d candles.";

    private static Func<string> Sentence(Trend t1, Trend t4, string meaning, StructureBreak? last15) => () =>
    {
        var note = last15 is { } b ? $" Last 15m event: {(b.Direction == Direction.Bullish ? "bullish" : "bearish")} {b.Kind.ToString().ToUpperInvariant()} at {Px(b.Level)}." : "";
        return $"1d structure is {Word(t1)} and 4h is {Word(t4)}: {meaning}.{note}";
    };
}
