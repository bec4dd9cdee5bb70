namespace Qari.Backtest.LookAhead;

/// <summary>The look-ahead check: the cut points tried, decisions compared, and every difference found (empty = no bias detected).</summary>
public sealed record LookAheadResult(IReadOnlyList<long> CutPointsMs, long DecisionsCompared, IReadOnlyList<string> Differences)
{
    /// <summary>True when no decision made before a cut changed when the data after it was removed.</summary>
    public bool Passed => Differences.Count == 0;
}
