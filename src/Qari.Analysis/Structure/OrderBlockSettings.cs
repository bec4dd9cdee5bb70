namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="OrderBlockDetector"/>.</summary>
/// <param name="Lookback">How many candles before the leg origin are searched for the opposing candle (default 10).</param>
/// <param name="Capacity">Live blocks kept (all states); the oldest is dropped beyond this (default 32).</param>
/// <param name="FullDisplacement">Impulse size, in average ranges from origin to breaking close, that earns the full displacement points (default 6).</param>
/// <param name="RealismHalfDistance">Distance from price, in average ranges, at which realism halves (default 10).</param>
public sealed record OrderBlockSettings(int Lookback = 10, int Capacity = 32, double FullDisplacement = 6.0, double RealismHalfDistance = 10.0)
{
    /// <summary>The defaults.</summary>
    public static OrderBlockSettings Default { get; } = new();

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Lookback, 0, nameof(Lookback));
        ArgumentOutOfRangeException.ThrowIfLessThan(Capacity, 1, nameof(Capacity));
        if (!(FullDisplacement > 0)) throw new ArgumentOutOfRangeException(nameof(FullDisplacement), FullDisplacement, "Must be positive.");
        if (!(RealismHalfDistance > 0)) throw new ArgumentOutOfRangeException(nameof(RealismHalfDistance), RealismHalfDistance, "Must be positive.");
    }
}
