using Qari.Analysis.Engine;
using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L3 order blocks and fair value gaps on 1h and 4h: price at a live demand zone (a bullish block that is active or
/// mitigated, or a bearish block turned breaker) votes bullish with strength from quality × realism; price inside a
/// live supply block votes bearish. Without a block, an open bullish FVG containing price counts when it is grade A,
/// or grade B with a recent bullish SFP (the trigger); grade C is ignored.
/// </summary>
public sealed class L03OrderBlocks : IMemoLayer
{
    /// <summary>How far above a zone (in 1h ATRs) price may be and still count as "at" it.</summary>
    public const double ApproachAtr = 0.5;

    /// <inheritdoc />
    public LayerId Id => LayerId.L03OrderBlocks;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var a = input.Analyzer;
        if (a.H1.Count < 50 || a.H1.Atr is not { IsReady: true } atr)
            return LayerVerdict.Abstain(Id, NotEnough(a.H1.Count));
        return Find(a, atr.Value, HasRecentBullishSfp(a), null).At(a.Price);
    }

    // Which block or gap price is at depends on 1h/4h state, the recent-SFP flag (which ages with time) and the price
    // only through comparisons with the zone bounds, so the choice, and with it the vote, strength and levels, is kept
    // while those hold; only the sentence names the exact price, so each cycle gets a verdict carrying that price.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (a.H1.Count < 50 || a.H1.Atr is not { IsReady: true } atr) return Evaluate(input);
        var recentSfp = HasRecentBullishSfp(a);
        if (memo.Holds(this, a.H1.Count, a.H4.Count, 0, a.Price) && memo.Extra is Found kept && kept.RecentSfp == recentSfp)
            return kept.At(a.Price);
        memo.Start(a.Price);
        var found = Find(a, atr.Value, recentSfp, memo);
        var verdict = found.At(a.Price);
        memo.Keep(this, a.H1.Count, a.H4.Count, 0, verdict, found);
        return verdict;
    }

    // The decision (block, gap or nothing, and from it vote, strength and levels) and its wording at any price.
    private sealed class Found : VerdictWording
    {
        private readonly OrderBlock? _demand, _supply;
        private readonly string _demandTf;
        private readonly FairValueGap? _gap;

        public Found(OrderBlock? demand, string demandTf, OrderBlock? supply, FairValueGap? gap, bool recentSfp)
        {
            (_demand, _demandTf, _supply, _gap, RecentSfp) = (demand, demandTf, supply, gap, recentSfp);
            const LayerId id = LayerId.L03OrderBlocks;
            if (demand is { } d)
                Decide(id, Vote.Bullish, Score(d), new LayerLevels(ZoneLow: d.Bottom, ZoneHigh: d.Top, Invalidation: d.Bottom));
            else if (supply is { } s)
                Decide(id, Vote.Bearish, Score(s), new LayerLevels(Invalidation: s.Top));
            else if (gap is { } f)
                Decide(id, Vote.Bullish, f.Grade == Grade.A ? 0.6 : 0.4, new LayerLevels(ZoneLow: f.Bottom, ZoneHigh: f.Top, Invalidation: f.Bottom));
            else
                Decide(id, Vote.Neutral, 0.0, LayerLevels.None);
        }

        public bool RecentSfp { get; }

        public override string Write(double price)
        {
            if (_demand is { } d)
            {
                var kind = d.Direction == Direction.Bearish ? "breaker (failed supply turned support)" : $"{d.State.ToString().ToLowerInvariant()} bullish order block";
                return $"Price {Px(price)} is at a {_demandTf} {kind} {Px(d.Bottom)}–{Px(d.Top)} (quality {N(d.Quality, 0)}, realism {N(d.Realism, 2)}).";
            }
            if (_supply is { } s)
                return $"Price {Px(price)} is inside a bearish order block {Px(s.Bottom)}–{Px(s.Top)} (quality {N(s.Quality, 0)}): supply overhead.";
            if (_gap is { } f)
                return $"Price {Px(price)} is inside a grade {f.Grade} bullish 1h fair value gap {Px(f.Bottom)}–{Px(f.Top)}{(f.Grade == Grade.B ? ", triggered by a recent bullish SFP" : "")}.";
            return $"Price {Px(price)} is not at a live order block or a tradable fair value gap on 1h/4h.";
        }
    }

    // The demand block that wins over any supply block, else the supply block, else the best tradable gap; every
    // bound compared with the price is registered with the memo.
    private static Found Find(SymbolAnalyzer a, double atr, bool recentSfp, LayerMemo? memo)
    {
        var price = a.Price;
        var reach = ApproachAtr * atr;
        OrderBlock? demand = null, supply = null;
        var demandTf = "";
        for (var k = 0; k < 2; k++)
        {
            var state = k == 0 ? a.H1 : a.H4;
            if (state.Analyzer is null) continue;
            var blocks = state.Analyzer.OrderBlocks.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                var support = (b.Direction == Direction.Bullish && b.State is OrderBlockState.Active or OrderBlockState.Mitigated)
                    || (b.Direction == Direction.Bearish && b.State == OrderBlockState.Breaker);
                var resistance = b.Direction == Direction.Bearish && b.State is OrderBlockState.Active or OrderBlockState.Mitigated;
                // Only the bounds a live block compares with the price narrow the memo's cell.
                if (memo is not null && (support || resistance))
                {
                    memo.Level(b.Bottom);
                    memo.Level(support ? b.Top + reach : b.Top);
                }
                if (support && price >= b.Bottom && price <= b.Top + reach && (demand is null || Score(b) > Score(demand.Value)))
                {
                    demand = b;
                    demandTf = state.Timeframe == Model.Market.Timeframe.H1 ? "1h" : "4h";
                }
                if (resistance && price >= b.Bottom && price <= b.Top && (supply is null || Score(b) > Score(supply.Value))) supply = b;
            }
        }
        if (demand is { } d && (supply is null || Score(d) >= Score(supply.Value))) return new Found(d, demandTf, null, null, recentSfp);
        if (supply is { } s) return new Found(null, "", s, null, recentSfp);
        return new Found(null, "", null, BestGap(a, price, recentSfp, memo), recentSfp);
    }

    private static FairValueGap? BestGap(SymbolAnalyzer a, double price, bool recentSfp, LayerMemo? memo)
    {
        FairValueGap? best = null;
        var gaps = a.H1.Analyzer!.FairValueGaps.Open;
        for (var i = 0; i < gaps.Count; i++)
        {
            var g = gaps[i];
            // Gaps that cannot count whatever the price do not narrow the memo's cell.
            if (g.Direction != Direction.Bullish || g.Grade == Grade.C || (g.Grade == Grade.B && !recentSfp)) continue;
            if (memo is not null)
            {
                memo.Level(g.Bottom);
                memo.Level(g.Top);
            }
            if (price < g.Bottom || price > g.Top) continue;
            if (best is null || g.Grade < best.Value.Grade) best = g;
        }
        return best;
    }

    private static Func<string> NotEnough(long h1) => () => $"Not enough 1h history for order blocks: {h1} of 50 candles.";

    private static bool HasRecentBullishSfp(SymbolAnalyzer a)
    {
        var events = a.H1.Analyzer!.SwingFailures.Events;
        var since = a.TimeMs - (L02Liquidity.RecentHours * 3_600_000L);
        for (var i = events.Count - 1; i >= 0 && events[i].TimeMs >= since; i--)
            if (events[i].Direction == Direction.Bullish && events[i].Grade != Grade.C) return true;
        return false;
    }

    private static double Score(in OrderBlock b) => Math.Clamp(b.Quality / 100.0 * Math.Max(0.3, b.Realism), 0.0, 1.0);
}
