namespace Qari.Analysis.Structure;

/// <summary>Two or more swings of the same kind within a tolerance of each other: resting liquidity.</summary>
/// <param name="Kind">Equal highs (<see cref="SwingKind.High"/>) or equal lows.</param>
/// <param name="Price">The most extreme member price (highest of equal highs, lowest of equal lows): where the stops rest.</param>
/// <param name="FirstTimeMs">Open time of the first member swing.</param>
/// <param name="LastTimeMs">Open time of the latest member swing.</param>
/// <param name="Touches">Number of member swings (2 or more).</param>
/// <param name="ConfirmedTimeMs">Open time of the candle that confirmed the latest member.</param>
public readonly record struct EqualLevel(SwingKind Kind, double Price, long FirstTimeMs, long LastTimeMs, int Touches, long ConfirmedTimeMs);
