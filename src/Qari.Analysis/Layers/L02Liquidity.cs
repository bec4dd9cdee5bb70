using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L2 liquidity and SFP: a recent grade A/B swing failure on 1h or 4h (a sweep of a level that closed back inside)
/// votes in its direction; otherwise the layer is neutral and reports the nearest buy-side liquidity above price
/// (targets) and sell-side below (invalidation). Every unswept 1h swing high and equal high above price is offered to
/// the planner as a target.
/// </summary>
public sealed class L02Liquidity : IMemoLayer
{
    /// <summary>How recent an SFP must be, in hours.</summary>
    public const int RecentHours = 12;

    /// <summary>1h candles needed before the layer votes.</summary>
    public const int Min1h = 50;

    /// <inheritdoc />
    public LayerId Id => LayerId.L02Liquidity;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var a = input.Analyzer;
        if (a.H1.Count < Min1h || a.H1.Analyzer is null)
            return LayerVerdict.Abstain(Id, NotEnough(a.H1.Count));
        var (sfp, tf) = RecentFailure(a);
        return Compute(a, sfp, tf, null);
    }

    // Reads 1h/4h state, the recent swing failure (which also depends on the time: it ages out) and the price only
    // through comparisons with the 1h liquidity pools. With the 1h/4h counts unchanged each timeframe's newest
    // qualifying failure is the same event (LatestFailure), so which timeframe's failure is chosen, if any, names it.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (a.H1.Count < Min1h || a.H1.Analyzer is null)
            return Evaluate(input);
        var recent = memo.State as Recent ?? (Recent)(memo.State = new Recent());
        var since = a.TimeMs - (RecentHours * 3_600_000L);
        var i1 = recent.H1.Find(a.H1, since);
        var i4 = recent.H4.Find(a.H4, since);
        var chosen = i4 >= 0 && (i1 < 0 || recent.H4.TimeMs > recent.H1.TimeMs) ? 4 : i1 >= 0 ? 1 : 0;
        if (memo.Holds(this, a.H1.Count, a.H4.Count, 0, a.Price) && recent.Chosen == chosen)
            return memo.Verdict!;
        SwingFailure? sfp = chosen switch
        {
            1 => a.H1.Analyzer.SwingFailures.Events[i1],
            4 => a.H4.Analyzer!.SwingFailures.Events[i4],
            _ => null,
        };
        memo.Start(a.Price);
        recent.Chosen = chosen;
        return memo.Keep(this, a.H1.Count, a.H4.Count, 0, Compute(a, sfp, chosen == 4 ? "4h" : "1h", memo));
    }

    // Per symbol: each timeframe's newest recent failure, and which one the kept verdict was computed from (0 none, 1 the 1h one, 4 the 4h one).
    private sealed class Recent
    {
        public LatestFailure H1 { get; } = new(bullishOnly: false);

        public LatestFailure H4 { get; } = new(bullishOnly: false);

        public int Chosen { get; set; } = -1;
    }

    private static (SwingFailure? Failure, string Timeframe) RecentFailure(Engine.SymbolAnalyzer a)
    {
        var since = a.TimeMs - (RecentHours * 3_600_000L);
        var sfp = Latest(a.H1.Analyzer!.SwingFailures.Events, since);
        var sfp4 = a.H4.Analyzer is { } h4 ? Latest(h4.SwingFailures.Events, since) : null;
        var tf = "1h";
        if (sfp4 is { } s4 && (sfp is null || s4.TimeMs > sfp.Value.TimeMs)) (sfp, tf) = (s4, "4h");
        return (sfp, tf);
    }

    private LayerVerdict Compute(Engine.SymbolAnalyzer a, SwingFailure? sfp, string tf, LayerMemo? memo)
    {
        var price = a.Price;
        var pools = a.H1.Analyzer!.Liquidity;
        var above = Nearest(pools.BuySide, price, above: true, skip: null);
        var above2 = above is { } first ? Nearest(pools.BuySide, price, above: true, skip: first.Price) : null;
        var below = Nearest(pools.SellSide, price, above: false, skip: null);
        if (memo is not null)
        {
            for (var i = 0; i < pools.BuySide.Count; i++) memo.Level(pools.BuySide[i].Price);
            for (var i = 0; i < pools.SellSide.Count; i++) memo.Level(pools.SellSide[i].Price);
        }

        var scratch = TargetLevels.Scratch();
        TargetLevels.AddBuySide(scratch, a.H1, "1h", price);
        var ladder = TargetLevels.Snapshot(scratch, a, Id);
        if (sfp is { } s)
        {
            var bullish = s.Direction == Direction.Bullish;
            var strength = (s.Grade == Grade.A ? 0.6 : 0.35) + (0.4 * s.Score);
            var levels = bullish
                ? new LayerLevels(ZoneLow: s.Level - (s.WickDepth * a.H1.Structure.AverageRange), ZoneHigh: s.Level,
                    Target1: above?.Price, Target2: above2?.Price, Invalidation: s.Level - (s.WickDepth * a.H1.Structure.AverageRange), Targets: ladder)
                : new LayerLevels(Target1: above?.Price, Invalidation: below?.Price, Targets: ladder);
            return LayerVerdict.Of(Id, bullish ? Vote.Bullish : Vote.Bearish, strength, levels, Failure(s, tf, above, below));
        }
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0,
            new LayerLevels(Target1: above?.Price, Target2: above2?.Price, Invalidation: below?.Price, Targets: ladder),
            NoFailure(above, below));
    }

    private static Func<string> NotEnough(long h1) => () => $"Not enough 1h history for liquidity: {h1} of {Min1h} candles.";

    private static Func<string> Failure(SwingFailure s, string tf, LiquidityPool? above, LiquidityPool? below) =>
        () => $"Grade {s.Grade} {(s.Direction == Direction.Bullish ? "bullish" : "bearish")} swing failure on {tf} at {Px(s.Level)} ({s.Source}, volume {N(s.VolumeRatio)}× average); {Targets(above, below)}.";

    private static Func<string> NoFailure(LiquidityPool? above, LiquidityPool? below) => () => $"No recent swing failure; {Targets(above, below)}.";

    private static string Targets(LiquidityPool? above, LiquidityPool? below) =>
        $"buy-side liquidity above at {(above is { } u ? Px(u.Price) : "none")}, sell-side below at {(below is { } d ? Px(d.Price) : "none")}";

    private static SwingFailure? Latest(IReadOnlyList<SwingFailure> events, long sinceMs)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.TimeMs < sinceMs) break;
            if (e.Grade == Grade.C) continue;
            return e;
        }
        return null;
    }

    private static LiquidityPool? Nearest(IReadOnlyList<LiquidityPool> pools, double price, bool above, double? skip)
    {
        LiquidityPool? best = null;
        for (var i = 0; i < pools.Count; i++)
        {
            var p = pools[i];
            if (above ? p.Price <= price : p.Price >= price) continue;
            if (skip is { } s && p.Price <= s) continue;
            if (best is null || (above ? p.Price < best.Value.Price : p.Price > best.Value.Price)) best = p;
        }
        return best;
    }
}
