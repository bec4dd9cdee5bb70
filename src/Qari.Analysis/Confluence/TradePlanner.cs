using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// Builds the long plan from the verdicts: the entry zone from the first bullish layer that found one (order block
/// or FVG, then golden pocket, then SFP sweep, then VWAP), the structural invalidation from that layer (else the
/// 4h swing low of L1, else L2's sell-side liquidity), the stop as that invalidation clamped into the stop band,
/// and PT1/PT2 as the nearest distinct targets above entry any non-bearish layer found.
/// </summary>
public static class TradePlanner
{
    private static readonly LayerId[] ZoneOrder = [LayerId.L03OrderBlocks, LayerId.L06Fibonacci, LayerId.L02Liquidity, LayerId.L09Vwap];

    /// <summary>The plan, or null with the reason when none can be built.</summary>
    public static TradePlan? Build(double price, IReadOnlyList<LayerVerdict> verdicts, ConfluenceSettings settings, out string? reason)
    {
        reason = null;
        if (!(price > 0)) { reason = "no price"; return null; }
        LayerVerdict? zoneLayer = null;
        foreach (var id in ZoneOrder)
        {
            var v = Find(verdicts, id);
            if (v is { Vote: Vote.Bullish, Levels.HasZone: true }) { zoneLayer = v; break; }
        }
        var zoneLow = zoneLayer?.Levels.ZoneLow ?? price;
        var zoneHigh = zoneLayer?.Levels.ZoneHigh ?? price;
        var source = zoneLayer is null ? "last close (no bullish zone)" : Name(zoneLayer.Layer);

        double? invalidation = Below(zoneLayer?.Levels.Invalidation, price)
            ?? Below(Find(verdicts, LayerId.L01MarketStructure)?.Levels.Invalidation, price)
            ?? Below(Find(verdicts, LayerId.L02Liquidity)?.Levels.Invalidation, price);
        if (invalidation is not { } inv) { reason = "no structural invalidation below price"; return null; }

        var distance = Math.Clamp(1.0 - (inv / price), settings.MinStop, settings.MaxStop);
        var stop = price * (1.0 - distance);

        var targets = new SortedSet<double>();
        foreach (var v in verdicts)
        {
            if (v.Vote is Vote.Bearish or Vote.Abstain) continue;
            if (v.Levels.Target1 is { } t1 && t1 > price) targets.Add(t1);
            if (v.Levels.Target2 is { } t2 && t2 > price) targets.Add(t2);
        }
        double? pt1 = targets.Count > 0 ? targets.Min : null;
        double? pt2 = targets.Count > 1 ? targets.ElementAt(1) : null;
        var rr = pt1 is { } p ? (p - price) / (price - stop) : 0.0;
        return new TradePlan(price, Math.Min(zoneLow, zoneHigh), Math.Max(zoneLow, zoneHigh), source, inv, stop, pt1, pt2, Math.Round(rr, 3));
    }

    internal static LayerVerdict? Find(IReadOnlyList<LayerVerdict> verdicts, LayerId id)
    {
        for (var i = 0; i < verdicts.Count; i++) if (verdicts[i].Layer == id) return verdicts[i];
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
