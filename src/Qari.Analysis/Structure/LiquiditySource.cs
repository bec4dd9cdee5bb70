namespace Qari.Analysis.Structure;

/// <summary>What made a price a liquidity pool.</summary>
public enum LiquiditySource
{
    /// <summary>A single unswept swing high or low.</summary>
    Swing,
    /// <summary>Equal highs or equal lows (two or more swings within tolerance).</summary>
    EqualLevel,
    /// <summary>A round number near price.</summary>
    RoundNumber,
}
