namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="EqualLevelDetector"/>.</summary>
/// <param name="Tolerance">Largest relative difference between two swings that still counts as equal (default 0.001 = 0.1%).</param>
/// <param name="Candidates">Unswept swings kept per side to compare new swings with (default 16).</param>
/// <param name="History">Equal-level events kept for reading (default 64).</param>
public sealed record EqualLevelSettings(double Tolerance = 0.001, int Candidates = 16, int History = 64)
{
    /// <summary>The defaults.</summary>
    public static EqualLevelSettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        if (!(Tolerance is >= 0 and < 0.1)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be in [0, 0.1).");
        ArgumentOutOfRangeException.ThrowIfLessThan(Candidates, 1, nameof(Candidates));
        ArgumentOutOfRangeException.ThrowIfLessThan(History, 1, nameof(History));
    }
}
