namespace Qari.Analysis.Structure;

/// <summary>A quality grade for an SFP or a fair value gap.</summary>
public enum Grade
{
    /// <summary>Best: every criterion met.</summary>
    A,
    /// <summary>Usable with a trigger: most criteria met.</summary>
    B,
    /// <summary>Weak: ignored by the layers.</summary>
    C,
}
