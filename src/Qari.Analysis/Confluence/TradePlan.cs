namespace Qari.Analysis.Confluence;

/// <summary>
/// A long plan in analysis doubles (it becomes an order only through the instrument's tick/lot rounding).
/// </summary>
/// <param name="Entry">Planned entry price (the last close).</param>
/// <param name="ZoneLow">Entry zone bottom.</param>
/// <param name="ZoneHigh">Entry zone top.</param>
/// <param name="ZoneSource">Which layer's zone it is.</param>
/// <param name="StructuralInvalidation">Where the structure says the idea is wrong.</param>
/// <param name="Stop">The stop: the invalidation clamped into the 10–30% band below entry.</param>
/// <param name="Target1">First target (PT1), or null when no target above entry was found.</param>
/// <param name="Target2">Second target (PT2), or null.</param>
/// <param name="RiskReward">(PT1 − entry) / (entry − stop), 0 without PT1.</param>
/// <param name="Target1Reason">Why PT1 is a target (the structural level it is), or null without PT1.</param>
/// <param name="Target2Reason">Why PT2 is a target, or null without PT2.</param>
/// <param name="NearerLevels">Structural levels between entry and PT1 that were too close for the minimum R/R.</param>
public sealed record TradePlan(
    double Entry,
    double ZoneLow,
    double ZoneHigh,
    string ZoneSource,
    double StructuralInvalidation,
    double Stop,
    double? Target1,
    double? Target2,
    double RiskReward,
    string? Target1Reason = null,
    string? Target2Reason = null,
    int NearerLevels = 0)
{
    /// <summary>Stop distance below entry as a fraction.</summary>
    public double StopDistance => 1.0 - (Stop / Entry);
}
