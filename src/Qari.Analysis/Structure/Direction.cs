namespace Qari.Analysis.Structure;

/// <summary>The direction of a structural event, gap, block or leg.</summary>
public enum Direction
{
    /// <summary>Upward / supportive.</summary>
    Bullish,
    /// <summary>Downward / resistive.</summary>
    Bearish,
}
