namespace Qari.Trading.Portfolio;

/// <summary>What one event did to a position: stop before and after, realised P&amp;L in quote and in R, any anomaly.</summary>
public readonly record struct PositionChange(decimal StopBefore, decimal StopAfter, decimal RealisedQuote, decimal RealisedR, string? Anomaly)
{
    /// <summary>True when the stop price moved.</summary>
    public bool StopMoved => StopAfter != StopBefore;
}
