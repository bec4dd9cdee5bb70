using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// Builds the long plan from the verdicts: the entry zone from the first bullish layer that found one (order block
/// or FVG, then golden pocket, then SFP sweep, then VWAP), the structural invalidation from that layer (else the
/// 4h swing low of L1, else L2's sell-side liquidity), the stop as that invalidation clamped into the stop band.
/// Targets come only from structure: every level above entry a layer offered (unswept 1h/4h/1d swing highs and equal
/// highs, weekly swing highs, impulse-leg highs and 1.272/1.618 extensions, order-book walls), levels within
/// <see cref="MergeTolerance"/> of each other counted as one. PT1 is the first of them that pays at least the
/// minimum R/R against the clamped stop; PT2 the next level above it. When none does, PT1 is the farthest level
/// (its R/R then fails the rule, and the reason says so).
/// </summary>
public static class TradePlanner
{
    /// <summary>Levels closer than this fraction of price to the one below are the same level.</summary>
    public const double MergeTolerance = 0.005;

    private static readonly LayerId[] ZoneOrder = [LayerId.L03OrderBlocks, LayerId.L06Fibonacci, LayerId.L02Liquidity, LayerId.L09Vwap];

    // Scratch for the levels and clusters of one plan: every symbol is planned every cycle, and scorers run on
    // worker threads, so each thread reuses its own (nothing built from them keeps a reference).
    [ThreadStatic] private static List<PriceTarget>? t_levels;
    [ThreadStatic] private static List<int>? t_clusters;

    /// <summary>The plan, or null with the reason when none can be built.</summary>
    public static TradePlan? Build(double price, IReadOnlyList<LayerVerdict> verdicts, ConfluenceSettings settings, out string? reason) =>
        Build(price, AsSpan(verdicts), settings, out reason, null);

    /// <summary>The plan, with the level set and merged targets reused from <paramref name="memo"/> when the verdicts offer the same levels.</summary>
    internal static TradePlan? Build(double price, IReadOnlyList<LayerVerdict> verdicts, ConfluenceSettings settings, out string? reason, PlanMemo? memo) =>
        Build(price, AsSpan(verdicts), settings, out reason, memo);

    /// <summary>The plan from verdicts in an array (the memo's levels are all offered levels; its clusters those above the price).</summary>
    internal static TradePlan? Build(double price, ReadOnlySpan<LayerVerdict> verdicts, ConfluenceSettings settings, out string? reason, PlanMemo? memo)
    {
        ArgumentNullException.ThrowIfNull(settings);
        reason = null;
        if (!(price > 0)) { reason = "no price"; return null; }
        LayerVerdict? zoneLayer = null;
        var zone = LayerLevels.None;
        foreach (var id in ZoneOrder)
        {
            // The levels are read once (a copy of a struct per read).
            if (Find(verdicts, id) is not { Vote: Vote.Bullish } v) continue;
            var offered = v.Levels;
            if (offered.HasZone) { (zoneLayer, zone) = (v, offered); break; }
        }
        var zoneLow = (zoneLayer is null ? null : zone.ZoneLow) ?? price;
        var zoneHigh = (zoneLayer is null ? null : zone.ZoneHigh) ?? price;
        var source = zoneLayer is null ? "last close (no bullish zone)" : Name(zoneLayer.Layer);

        double? invalidation = Below(zoneLayer is null ? null : zone.Invalidation, price)
            ?? Below(Find(verdicts, LayerId.L01MarketStructure)?.Levels.Invalidation, price)
            ?? Below(Find(verdicts, LayerId.L02Liquidity)?.Levels.Invalidation, price);
        if (invalidation is not { } inv) { reason = "no structural invalidation below price"; return null; }

        var distance = Math.Clamp(1.0 - (inv / price), settings.MinStop, settings.MaxStop);
        var stop = price * (1.0 - distance);

        List<PriceTarget> levels;
        List<int> clusters;
        if (memo is not null)
        {
            memo.Update(price, verdicts);
            (levels, clusters) = (memo.Levels, memo.Clusters);
        }
        else
        {
            levels = Levels(price, verdicts, t_levels ??= []);
            clusters = Clusters(levels, t_clusters ??= []);
        }
        var risk = price - stop;
        var first = -1;
        for (var c = 0; c < clusters.Count && first < 0; c++)
            if ((levels[clusters[c]].Price - price) / risk >= settings.MinRiskReward) first = c;
        if (first < 0) first = clusters.Count - 1;
        PriceTarget? pt1 = first >= 0 ? Merged(first) : null;
        PriceTarget? pt2 = first >= 0 && first + 1 < clusters.Count ? Merged(first + 1) : null;
        var rr = pt1 is { } p ? (p.Price - price) / risk : 0.0;
        PriceTarget Merged(int c) => memo is not null ? memo.Merged(c) : Merge(levels, clusters, c);
        return new TradePlan(price, Math.Min(zoneLow, zoneHigh), Math.Max(zoneLow, zoneHigh), source, inv, stop, pt1?.Price, pt2?.Price,
            Math.Round(rr, 3), pt1?.Reason, pt2?.Reason, Math.Max(0, first));
    }

    /// <summary>
    /// Every structural level above <paramref name="price"/> the verdicts offer, lowest first, with levels within
    /// <see cref="MergeTolerance"/> of the lowest of their cluster merged (its price, all their reasons).
    /// </summary>
    public static IReadOnlyList<PriceTarget> Ladder(double price, IReadOnlyList<LayerVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var levels = Levels(price, AsSpan(verdicts), []);
        var clusters = Clusters(levels, []);
        var ladder = new PriceTarget[clusters.Count];
        for (var c = 0; c < clusters.Count; c++) ladder[c] = Merge(levels, clusters, c);
        return ladder;
    }

    // Every offered level above price, sorted by price then reason (a total order: the result does not depend on layer order).
    internal static List<PriceTarget> Levels(double price, ReadOnlySpan<LayerVerdict> verdicts, List<PriceTarget> all)
    {
        all.Clear();
        for (var i = 0; i < verdicts.Length; i++)
        {
            var v = verdicts[i];
            if (v.Levels.Targets is { } offered)
            {
                for (var j = 0; j < offered.Count; j++) Add(all, price, offered[j].Price, offered[j].Reason);
                continue;
            }
            // A layer without a target list offers its one or two targets; the order-book walls are such. The
            // reason is only written for a level that is kept.
            var name = Name(v.Layer);
            if (Kept(v.Levels.Target1, price)) Add(all, price, v.Levels.Target1, $"{name} target");
            if (Kept(v.Levels.Target2, price)) Add(all, price, v.Levels.Target2, $"{name} second target");
        }
        all.Sort(static (a, b) => a.Price != b.Price ? a.Price.CompareTo(b.Price) : string.CompareOrdinal(a.Reason, b.Reason));
        return all;
    }

    /// <summary>The verdicts as a span: the array itself when they are one (as <see cref="LayerSet"/> gives them), else a copy.</summary>
    internal static ReadOnlySpan<LayerVerdict> AsSpan(IReadOnlyList<LayerVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return verdicts as LayerVerdict[] ?? [.. verdicts];
    }

    // Start index of each cluster: a level within the tolerance of its cluster's lowest level joins that cluster.
    internal static List<int> Clusters(List<PriceTarget> levels, List<int> starts)
    {
        starts.Clear();
        for (var i = 0; i < levels.Count; i++)
            if (starts.Count == 0 || levels[i].Price > levels[starts[^1]].Price * (1.0 + MergeTolerance)) starts.Add(i);
        return starts;
    }

    // The cluster's lowest price with its distinct reasons joined (only built for the levels a plan or ladder names).
    internal static PriceTarget Merge(List<PriceTarget> levels, List<int> clusters, int c)
    {
        var from = clusters[c];
        var to = c + 1 < clusters.Count ? clusters[c + 1] : levels.Count;
        var reasons = new List<string>(to - from);
        for (var i = from; i < to; i++) if (!reasons.Contains(levels[i].Reason)) reasons.Add(levels[i].Reason);
        return new PriceTarget(levels[from].Price, string.Join(" + ", reasons));
    }

    private static void Add(List<PriceTarget> all, double price, double? level, string reason)
    {
        if (Kept(level, price)) all.Add(new PriceTarget(level!.Value, reason));
    }

    internal static bool Kept(double? level, double price) => level is { } l && double.IsFinite(l) && l > price;

    internal static LayerVerdict? Find(ReadOnlySpan<LayerVerdict> verdicts, LayerId id)
    {
        for (var i = 0; i < verdicts.Length; i++) if (verdicts[i].Layer == id) return verdicts[i];
        return null;
    }

    internal static string Name(LayerId id) => id switch
    {
        LayerId.L01MarketStructure => "L1 market structure",
        LayerId.L02Liquidity => "L2 liquidity/SFP",
        LayerId.L03OrderBlocks => "L3 order block/FVG",
        LayerId.L04Volume => "L4 volume",
        LayerId.L05Sentiment => "L5 sentiment",
        LayerId.L06Fibonacci => "L6 Fibonacci",
        LayerId.L07Indicators => "L7 indicators",
        LayerId.L08OrderBook => "L8 order book",
        LayerId.L09Vwap => "L9 VWAP",
        LayerId.L10Session => "L10 session",
        LayerId.L11BtcContext => "L11 BTC context",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };

    private static double? Below(double? level, double price) => level is { } l && l < price && l > 0 ? l : null;
}
