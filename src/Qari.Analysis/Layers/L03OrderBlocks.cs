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
        return Find(a, atr.Value, HasRecentBullishSfp(a)).At(a.Price);
    }

    // Which block or gap price is at depends on 1h/4h state, the recent-SFP flag (which ages with time) and the price
    // only through comparisons with the zone bounds, so the choice, and with it the vote, strength and levels, is kept
    // while those hold; only the sentence names the exact price, so each cycle gets a verdict carrying that price.
    // When the price leaves the cell the choice is made again from the symbol's Zones, the live blocks and tradable
    // gaps copied out once per 1h/4h count (see Zones), which is the same scan as Find on fewer, smaller entries.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (a.H1.Count < 50 || a.H1.Atr is not { IsReady: true } atr) return Evaluate(input);
        var zones = memo.State as Zones ?? (Zones)(memo.State = new Zones());
        var recentSfp = zones.Sfp.Find(a.H1, a.TimeMs - (L02Liquidity.RecentHours * 3_600_000L)) >= 0;
        if (memo.Holds(this, a.H1.Count, a.H4.Count, 0, a.Price) && memo.Extra is Found kept && zones.KeptSfp == recentSfp)
            return kept.At(a.Price);
        memo.Start(a.Price);
        zones.Refresh(a);
        var found = zones.Choose(a, ApproachAtr * atr.Value, recentSfp, memo);
        var verdict = found.At(a.Price);
        zones.KeptSfp = recentSfp;
        memo.Keep(this, a.H1.Count, a.H4.Count, 0, verdict, found);
        return verdict;
    }

    // The decision (block, gap or nothing, and from it vote, strength and levels) and its wording at any price.
    private sealed class Found : VerdictWording
    {
        private readonly OrderBlock? _demand, _supply;
        private readonly string _demandTf;
        private readonly FairValueGap? _gap;

        public Found(OrderBlock? demand, string demandTf, OrderBlock? supply, FairValueGap? gap)
        {
            (_demand, _demandTf, _supply, _gap) = (demand, demandTf, supply, gap);
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

    // One symbol's live order blocks (1h then 4h, each in list order, with their scores) and bullish grade A/B gaps,
    // copied out of the detectors when a 1h or 4h candle closes (the lists change only then). Choose is Find and
    // BestGap on these entries: the same comparisons in the same order, every compared bound registered with the
    // memo. A chosen entry keeps its decision (a block's or gap's decision does not depend on the price) until the
    // next copy, so a price returning to it allocates nothing but the cycle's verdict.
    private sealed class Zones
    {
        private long _h1Count = -1, _h4Count = -1;
        private Zone[] _h1 = [], _h4 = [];
        private int _h1Live, _h4Live;
        private Gap[] _gaps = [];
        private int _gapCount;
        private Found? _nothing;

        public LatestFailure Sfp { get; } = new(bullishOnly: true);

        public bool KeptSfp { get; set; }

        public void Refresh(SymbolAnalyzer a)
        {
            if (a.H1.Count != _h1Count)
            {
                _h1Count = a.H1.Count;
                _h1Live = Copy(a.H1, ref _h1);
                var open = a.H1.Analyzer!.FairValueGaps.Open;
                if (_gaps.Length < open.Count) _gaps = new Gap[open.Count];
                _gapCount = 0;
                for (var i = 0; i < open.Count; i++)
                {
                    var g = open[i];
                    // Grade B counts only with a recent SFP, which Choose checks; the others never count.
                    if (Tradable(g, recentSfp: true)) _gaps[_gapCount++] = new Gap(g);
                }
            }
            if (a.H4.Count != _h4Count)
            {
                _h4Count = a.H4.Count;
                _h4Live = Copy(a.H4, ref _h4);
            }
        }

        private static int Copy(TimeframeState state, ref Zone[] zones)
        {
            if (state.Analyzer is null) return 0;
            var blocks = state.Analyzer.OrderBlocks.Blocks;
            if (zones.Length < blocks.Count) zones = new Zone[blocks.Count];
            var live = 0;
            for (var i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                var support = Support(b);
                if (support || Resistance(b)) zones[live++] = new Zone(b.Bottom, b.Top, Score(b), support, i);
            }
            return live;
        }

        public Found Choose(SymbolAnalyzer a, double reach, bool recentSfp, LayerMemo memo)
        {
            var price = a.Price;
            // The cell's bounds are collected here as LayerMemo.Level would collect them, and handed over once.
            double below = double.NegativeInfinity, above = double.PositiveInfinity;
            var onLevel = false;
            int demandTf = -1, demand = -1, supplyTf = -1, supply = -1;
            double demandScore = 0, supplyScore = 0;
            for (var k = 0; k < 2; k++)
            {
                var zones = k == 0 ? _h1 : _h4;
                var live = k == 0 ? _h1Live : _h4Live;
                for (var i = 0; i < live; i++)
                {
                    ref readonly var z = ref zones[i];
                    var top = z.Support ? z.Top + reach : z.Top;
                    Level(z.Bottom, price, ref below, ref above, ref onLevel);
                    Level(top, price, ref below, ref above, ref onLevel);
                    if (!(price >= z.Bottom && price <= top)) continue;
                    if (z.Support)
                    {
                        if (demand < 0 || z.Score > demandScore) (demandTf, demand, demandScore) = (k, i, z.Score);
                    }
                    else if (supply < 0 || z.Score > supplyScore) (supplyTf, supply, supplyScore) = (k, i, z.Score);
                }
            }
            Found found;
            if (demand >= 0 && (supply < 0 || demandScore >= supplyScore)) found = Decision(a, demandTf, demand);
            else if (supply >= 0) found = Decision(a, supplyTf, supply);
            else
            {
                var best = -1;
                for (var i = 0; i < _gapCount; i++)
                {
                    ref readonly var g = ref _gaps[i];
                    if (g.Value.Grade == Grade.B && !recentSfp) continue;
                    Level(g.Value.Bottom, price, ref below, ref above, ref onLevel);
                    Level(g.Value.Top, price, ref below, ref above, ref onLevel);
                    if (price < g.Value.Bottom || price > g.Value.Top) continue;
                    if (best < 0 || g.Value.Grade < _gaps[best].Value.Grade) best = i;
                }
                found = best >= 0 ? _gaps[best].Found ??= new Found(null, "", null, _gaps[best].Value) : _nothing ??= new Found(null, "", null, null);
            }
            memo.Levels(below, above, onLevel);
            return found;
        }

        // LayerMemo.Level on locals.
        private static void Level(double level, double price, ref double below, ref double above, ref bool onLevel)
        {
            if (double.IsNaN(level)) return;
            if (level < price) below = Math.Max(below, level);
            else if (level > price) above = Math.Min(above, level);
            else onLevel = true;
        }

        private Found Decision(SymbolAnalyzer a, int tf, int i)
        {
            ref var z = ref (tf == 0 ? _h1 : _h4)[i];
            if (z.Found is { } found) return found;
            var b = (tf == 0 ? a.H1 : a.H4).Analyzer!.OrderBlocks.Blocks[z.Index];
            return z.Found = z.Support ? new Found(b, tf == 0 ? "1h" : "4h", null, null) : new Found(null, "", b, null);
        }

        private struct Zone(double bottom, double top, double score, bool support, int index)
        {
            public readonly double Bottom = bottom, Top = top, Score = score;
            public readonly bool Support = support;
            public readonly int Index = index;
            public Found? Found;
        }

        private struct Gap(FairValueGap value)
        {
            public readonly FairValueGap Value = value;
            public Found? Found;
        }
    }

    // The reference rule: the demand block that wins over any supply block, else the supply block, else the best
    // tradable gap.
    private static Found Find(SymbolAnalyzer a, double atr, bool recentSfp)
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
                var support = Support(b);
                var resistance = Resistance(b);
                if (support && price >= b.Bottom && price <= b.Top + reach && (demand is null || Score(b) > Score(demand.Value)))
                {
                    demand = b;
                    demandTf = state.Timeframe == Model.Market.Timeframe.H1 ? "1h" : "4h";
                }
                if (resistance && price >= b.Bottom && price <= b.Top && (supply is null || Score(b) > Score(supply.Value))) supply = b;
            }
        }
        if (demand is { } d && (supply is null || Score(d) >= Score(supply.Value))) return new Found(d, demandTf, null, null);
        if (supply is { } s) return new Found(null, "", s, null);
        return new Found(null, "", null, BestGap(a, price, recentSfp));
    }

    private static FairValueGap? BestGap(SymbolAnalyzer a, double price, bool recentSfp)
    {
        FairValueGap? best = null;
        var gaps = a.H1.Analyzer!.FairValueGaps.Open;
        for (var i = 0; i < gaps.Count; i++)
        {
            var g = gaps[i];
            if (!Tradable(g, recentSfp)) continue;
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

    private static bool Support(in OrderBlock b) =>
        (b.Direction == Direction.Bullish && b.State is OrderBlockState.Active or OrderBlockState.Mitigated)
        || (b.Direction == Direction.Bearish && b.State == OrderBlockState.Breaker);

    private static bool Resistance(in OrderBlock b) => b.Direction == Direction.Bearish && b.State is OrderBlockState.Active or OrderBlockState.Mitigated;

    private static bool Tradable(in FairValueGap g, bool recentSfp) =>
        g.Direction == Direction.Bullish && g.Grade != Grade.C && (g.Grade != Grade.B || recentSfp);

    private static double Score(in OrderBlock b) => Math.Clamp(b.Quality / 100.0 * Math.Max(0.3, b.Realism), 0.0, 1.0);
}
