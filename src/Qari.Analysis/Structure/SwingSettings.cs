namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="SwingDetector"/>.</summary>
/// <param name="Strength">Candles required on each side of a pivot (default 3). A swing is confirmed only when the <c>Strength</c>-th candle after it has closed.</param>
/// <param name="History">How many confirmed swings are kept for reading (default 64).</param>
public sealed record SwingSettings(int Strength = 3, int History = 64)
{
    /// <summary>The defaults.</summary>
    public static SwingSettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Strength, 1, nameof(Strength));
        ArgumentOutOfRangeException.ThrowIfLessThan(History, 4, nameof(History));
    }
}
