namespace Qari.Runtime.Grains;

/// <summary>A trade candidate on the wire between grains (mirrors <c>Qari.Trading.Risk.TradeCandidate</c>; symbol as BASE/QUOTE).</summary>
[GenerateSerializer, Immutable]
public sealed record CandidateDto(
    [property: Id(0)] string Symbol,
    [property: Id(1)] decimal Score,
    [property: Id(2)] decimal ZoneLow,
    [property: Id(3)] decimal ZoneHigh,
    [property: Id(4)] decimal Invalidation,
    [property: Id(5)] decimal Target1,
    [property: Id(6)] decimal Target2,
    [property: Id(7)] decimal RiskReward,
    [property: Id(8)] string Summary,
    [property: Id(9)] string Explanation,
    [property: Id(10)] IReadOnlyList<string> LayerVerdicts,
    [property: Id(11)] bool ExtremeLiquidationEvent,
    [property: Id(12)] bool BtcCrash);
