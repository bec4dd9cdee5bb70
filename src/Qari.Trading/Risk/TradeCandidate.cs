using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>
/// What the trading engine needs of one analysis candidate. The analysis engine's output is mapped onto this by the
/// integration layer, so Trading depends on Model only.
/// </summary>
/// <param name="Symbol">The pair.</param>
/// <param name="Score">Confluence score (0–100).</param>
/// <param name="ZoneLow">Lower edge of the entry zone.</param>
/// <param name="ZoneHigh">Upper edge of the entry zone.</param>
/// <param name="Invalidation">Structural invalidation price (before clamping into the stop band).</param>
/// <param name="Target1">First structural target (PT1).</param>
/// <param name="Target2">Second structural target (PT2).</param>
/// <param name="RiskReward">The plan's risk/reward as computed by the analysis.</param>
/// <param name="Summary">One-line summary of the verdicts (for notifications).</param>
/// <param name="Explanation">The plain-English explanation from the layer verdicts (SPEC §1.6).</param>
/// <param name="LayerVerdicts">One line per layer verdict, for the journal and dashboard.</param>
/// <param name="ExtremeLiquidationEvent">True when the symbol is flagged by an extreme liquidation event.</param>
/// <param name="BtcCrash">True when BTC is in a crash (L11 veto).</param>
public sealed record TradeCandidate(
    Symbol Symbol,
    decimal Score,
    decimal ZoneLow,
    decimal ZoneHigh,
    decimal Invalidation,
    decimal Target1,
    decimal Target2,
    decimal RiskReward,
    string Summary,
    string Explanation,
    IReadOnlyList<string> LayerVerdicts,
    bool ExtremeLiquidationEvent = false,
    bool BtcCrash = false);
