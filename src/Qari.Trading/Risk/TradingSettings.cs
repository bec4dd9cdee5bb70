namespace Qari.Trading.Risk;

/// <summary>
/// Every tunable of the risk gate, sizing, entries, exits and kill switch, with the defaults of SPEC sections 5 and 6.
/// Immutable: a settings change arrives as an event carrying a new instance.
/// </summary>
public sealed record TradingSettings
{
    /// <summary>Quote amount risked per trade as a fraction of equity (0.01 = 1%).</summary>
    public decimal RiskPerTrade { get; init; } = 0.01m;

    /// <summary>Largest position value as a fraction of equity (0.10 = 10%).</summary>
    public decimal MaxAllocation { get; init; } = 0.10m;

    /// <summary>Qari's own floor on any order's quote value ($5), on top of the exchange minimums.</summary>
    public decimal MinOrderQuote { get; init; } = 5m;

    /// <summary>Widest relative bid/ask spread an entry accepts (0.005 = 0.5%).</summary>
    public decimal MaxSpread { get; init; } = 0.005m;

    /// <summary>No new entry on a symbol for this long after a stop-loss on it.</summary>
    public TimeSpan StopLossCooldown { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Highest allowed 30-day correlation with any open position.</summary>
    public double MaxCorrelation { get; init; } = 0.85;

    /// <summary>Lowest risk/reward a candidate must offer.</summary>
    public decimal MinRiskReward { get; init; } = 2.0m;

    /// <summary>Leg 1's share of the planned quantity (the rest is leg 2).</summary>
    public decimal Leg1Fraction { get; init; } = 0.5m;

    /// <summary>Where in the entry zone leg 1's limit sits: 0 = zone low, 1 = zone high.</summary>
    public decimal ZonePosition { get; init; } = 0.5m;

    /// <summary>Leg 1 is cancelled when unfilled this long after it was placed.</summary>
    public TimeSpan Leg1Expiry { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Leg 2 is abandoned when not filled this long after leg 1 filled.</summary>
    public TimeSpan Leg2Expiry { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Share of the entered quantity sold at PT1.</summary>
    public decimal Pt1Fraction { get; init; } = 0.4m;

    /// <summary>Share of the entered quantity sold at PT2.</summary>
    public decimal Pt2Fraction { get; init; } = 0.3m;

    /// <summary>Move the stop to the average entry after PT1.</summary>
    public bool BreakEvenAfterPt1 { get; init; } = true;

    /// <summary>Realised R in one UTC day at or below which new entries halt for the rest of the day.</summary>
    public decimal DailyKillR { get; init; } = -2m;

    /// <summary>Realised R in one ISO week at or below which new entries halt for the rest of the week.</summary>
    public decimal WeeklyKillR { get; init; } = -5m;

    /// <summary>Fee rate kept in reserve when checking that the free balance covers an entry.</summary>
    public decimal FeeReserve { get; init; } = 0.001m;

    /// <summary>Attempts at one take-profit sell before it is given up (the stop keeps protecting).</summary>
    public int MaxSellAttempts { get; init; } = 3;

    /// <summary>
    /// Wait after a stop is rejected before placing it again, doubled per consecutive rejection up to 16×: a venue
    /// that refuses a stop must not be hammered in a loop, and the next cycle (or reconciliation) may fix the cause.
    /// </summary>
    public TimeSpan StopRetryBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The defaults.</summary>
    public static TradingSettings Default { get; } = new();
}
