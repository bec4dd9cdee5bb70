namespace Qari.Analysis.Structure;

/// <summary>Whether an impulse leg is still extending.</summary>
public enum LegState
{
    /// <summary>No swing has formed at or after the leg's extreme yet; the end moves with new extremes.</summary>
    Developing,
    /// <summary>A swing confirmed the leg's extreme; the levels are fixed.</summary>
    Complete,
    /// <summary>A candle closed beyond the leg's start: the leg failed.</summary>
    Invalidated,
}
