using Qari.Model.Instruments;

namespace Qari.Trading.Risk;

/// <summary>
/// The invariant stop band: a stop lies between 10% and 30% below the average entry (SPEC §1.3). Fixed, never
/// configurable, so it is a constant here and not a setting.
/// </summary>
public static class StopBand
{
    /// <summary>The closest a structural stop may sit below the average entry (10%).</summary>
    public const decimal MinDistance = 0.10m;

    /// <summary>The farthest a stop may sit below the average entry (30%).</summary>
    public const decimal MaxDistance = 0.30m;

    /// <summary>Highest allowed structural stop for <paramref name="averageEntry"/> (90% of it).</summary>
    public static decimal Highest(decimal averageEntry) => averageEntry * (1m - MinDistance);

    /// <summary>Lowest allowed stop for <paramref name="averageEntry"/> (70% of it).</summary>
    public static decimal Lowest(decimal averageEntry) => averageEntry * (1m - MaxDistance);

    /// <summary>
    /// Clamps <paramref name="invalidation"/> into the band and onto the tick: the upper bound is floored (never tighter
    /// than 10%), the lower bound ceiled (never wider than 30%).
    /// </summary>
    public static decimal Clamp(decimal invalidation, decimal averageEntry, InstrumentRules rules)
    {
        var high = rules.FloorPrice(Highest(averageEntry));
        var low = rules.CeilPrice(Lowest(averageEntry));
        if (low > high) return high;
        var onTick = rules.FloorPrice(invalidation);
        return Math.Clamp(onTick, low, high);
    }

    /// <summary>True when <paramref name="stop"/> is within the band for <paramref name="averageEntry"/>.</summary>
    public static bool Contains(decimal stop, decimal averageEntry) =>
        stop >= Lowest(averageEntry) && stop <= Highest(averageEntry);
}
