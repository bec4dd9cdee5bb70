namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="LiquidityPoolDetector"/>.</summary>
/// <param name="PoolsPerSide">Swing and equal-level pools kept per side; the oldest is dropped beyond this (default 24).</param>
/// <param name="ProminenceRanges">Swing depth, in average ranges, that earns full prominence (default 3).</param>
/// <param name="RoundNumbers">Whether the nearest round numbers above and below the close are reported (default true).</param>
public sealed record LiquiditySettings(int PoolsPerSide = 24, double ProminenceRanges = 3.0, bool RoundNumbers = true)
{
    /// <summary>The defaults.</summary>
    public static LiquiditySettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PoolsPerSide, 1, nameof(PoolsPerSide));
        if (!(ProminenceRanges > 0)) throw new ArgumentOutOfRangeException(nameof(ProminenceRanges), ProminenceRanges, "Must be positive.");
    }
}
