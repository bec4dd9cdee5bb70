namespace Qari.Analysis.Structure;

/// <summary>Whether a swing is a local high or a local low.</summary>
public enum SwingKind
{
    /// <summary>A swing high (pivot high).</summary>
    High,
    /// <summary>A swing low (pivot low).</summary>
    Low,
}
