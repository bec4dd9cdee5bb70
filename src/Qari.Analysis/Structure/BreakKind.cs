namespace Qari.Analysis.Structure;

/// <summary>Kind of structure break.</summary>
public enum BreakKind
{
    /// <summary>Break of Structure: a close beyond the last swing in the direction of the current structure.</summary>
    Bos,
    /// <summary>Change of Character: the first close beyond a swing against the current structure.</summary>
    Choch,
}
