namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="FairValueGapDetector"/>.</summary>
/// <param name="MinGapRanges">Smallest gap, in average ranges, that is reported at all (default 0.1).</param>
/// <param name="ImpulseRanges">Middle-candle range, in average ranges, needed to call it impulsive (default 1.5).</param>
/// <param name="ImpulseBodyShare">Body share of the middle candle's range needed to call it impulsive (default 0.6).</param>
/// <param name="VolumeSpike">Middle-candle volume over average needed for "with volume" (default 1.5).</param>
/// <param name="AverageLength">Candles in the average range and volume (default 20).</param>
/// <param name="Capacity">Unfilled gaps kept; the oldest is dropped beyond this (default 32).</param>
/// <param name="History">Gap events (creation and complete fill) kept for reading (default 64).</param>
public sealed record FairValueGapSettings(
    double MinGapRanges = 0.1,
    double ImpulseRanges = 1.5,
    double ImpulseBodyShare = 0.6,
    double VolumeSpike = 1.5,
    int AverageLength = 20,
    int Capacity = 32,
    int History = 64)
{
    /// <summary>The defaults.</summary>
    public static FairValueGapSettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        if (!(MinGapRanges >= 0)) throw new ArgumentOutOfRangeException(nameof(MinGapRanges), MinGapRanges, "Must be ≥ 0.");
        if (!(ImpulseRanges > 0)) throw new ArgumentOutOfRangeException(nameof(ImpulseRanges), ImpulseRanges, "Must be positive.");
        if (!(ImpulseBodyShare is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(ImpulseBodyShare), ImpulseBodyShare, "Must be in [0, 1].");
        if (!(VolumeSpike > 0)) throw new ArgumentOutOfRangeException(nameof(VolumeSpike), VolumeSpike, "Must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(AverageLength, 2, nameof(AverageLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(Capacity, 1, nameof(Capacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(History, 1, nameof(History));
    }
}
