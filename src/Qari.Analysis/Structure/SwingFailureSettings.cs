namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="SwingFailureDetector"/>.</summary>
/// <param name="MinDepth">Smallest wick beyond the level, in average ranges, that counts as a real probe (default 0.1).</param>
/// <param name="MaxDepth">Largest wick beyond the level, in average ranges, that still counts as a failure rather than a run (default 3).</param>
/// <param name="MinReaction">Close position in the candle's range (toward the reversal) needed for a good reaction (default 0.6).</param>
/// <param name="VolumeSpike">Volume over average needed for a volume spike (default 1.5).</param>
/// <param name="History">SFP events kept for reading (default 64).</param>
public sealed record SwingFailureSettings(
    double MinDepth = 0.1,
    double MaxDepth = 3.0,
    double MinReaction = 0.6,
    double VolumeSpike = 1.5,
    int History = 64)
{
    /// <summary>The defaults.</summary>
    public static SwingFailureSettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        if (!(MinDepth >= 0 && MaxDepth > MinDepth)) throw new ArgumentOutOfRangeException(nameof(MaxDepth), "Need 0 ≤ MinDepth < MaxDepth.");
        if (!(MinReaction is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(MinReaction), MinReaction, "Must be in [0, 1].");
        if (!(VolumeSpike > 0)) throw new ArgumentOutOfRangeException(nameof(VolumeSpike), VolumeSpike, "Must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(History, 1, nameof(History));
    }
}
