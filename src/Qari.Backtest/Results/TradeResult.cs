namespace Qari.Backtest.Results;

/// <summary>
/// One trade of a backtest: the plan the engine opened it with (zone, invalidation, targets, sizing), the explanation
/// a user reads, which layers voted bullish, every fill and stop move, and the realised result in quote and R.
/// <see cref="Status"/> is <c>closed</c>, <c>open</c> (still held at the end) or <c>unfilled</c> (nothing bought).
/// </summary>
public sealed record TradeResult(
    long Id,
    string Symbol,
    string Status,
    string Reason,
    long OpenedMs,
    long? ClosedMs,
    decimal Score,
    decimal ZoneLow,
    decimal ZoneHigh,
    decimal Invalidation,
    decimal Target1,
    decimal? Target2,
    decimal PlannedEntry,
    decimal PlannedStop,
    decimal RiskQuote,
    decimal Bought,
    decimal AverageEntry,
    decimal RealisedQuote,
    decimal RealisedR,
    string Explanation,
    IReadOnlyList<string> BullishLayers,
    IReadOnlyList<TradeFill> Fills,
    IReadOnlyList<StopMove> StopMoves);
