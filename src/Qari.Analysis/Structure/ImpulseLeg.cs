namespace Qari.Analysis.Structure;

/// <summary>An impulse leg that broke structure, with its Fibonacci retracement and extension levels.</summary>
/// <param name="Direction">Bullish (low to high) or bearish (high to low).</param>
/// <param name="StartPrice">Leg origin: the lowest low (bullish) or highest high (bearish) after the broken swing.</param>
/// <param name="StartTimeMs">Open time of the origin candle.</param>
/// <param name="EndPrice">The leg's extreme so far.</param>
/// <param name="EndTimeMs">Open time of the extreme candle.</param>
/// <param name="EndIndex">Index of the extreme candle.</param>
/// <param name="BreakTimeMs">Open time of the candle whose close broke structure.</param>
/// <param name="State">Developing, complete or invalidated.</param>
public readonly record struct ImpulseLeg(
    Direction Direction,
    double StartPrice,
    long StartTimeMs,
    double EndPrice,
    long EndTimeMs,
    long EndIndex,
    long BreakTimeMs,
    LegState State)
{
    /// <summary>The price at retracement <paramref name="ratio"/> of the leg measured back from its end (0 = end, 1 = start).</summary>
    public double Retracement(double ratio) => EndPrice - ratio * (EndPrice - StartPrice);

    /// <summary>The price at <paramref name="ratio"/> of the leg measured from its start (1.272 and 1.618 are targets beyond the end).</summary>
    public double Extension(double ratio) => StartPrice + ratio * (EndPrice - StartPrice);

    /// <summary>The 0.5 level.</summary>
    public double Equilibrium => Retracement(FibonacciRatios.Half);

    /// <summary>Lower price bound of the golden pocket (0.618–0.65 retracement).</summary>
    public double GoldenPocketLow => Math.Min(Retracement(FibonacciRatios.GoldenLow), Retracement(FibonacciRatios.GoldenHigh));

    /// <summary>Upper price bound of the golden pocket.</summary>
    public double GoldenPocketHigh => Math.Max(Retracement(FibonacciRatios.GoldenLow), Retracement(FibonacciRatios.GoldenHigh));

    /// <summary>How far <paramref name="price"/> has retraced the leg: 0 at the end, 1 at the start.</summary>
    public double RetracementOf(double price) => EndPrice == StartPrice ? 0 : (EndPrice - price) / (EndPrice - StartPrice);

    /// <summary>True when <paramref name="price"/> lies in the golden pocket (inclusive).</summary>
    public bool IsInGoldenPocket(double price) => price >= GoldenPocketLow && price <= GoldenPocketHigh;

    /// <summary>True when <paramref name="price"/> lies in the lower half of the leg's range (inclusive).</summary>
    public bool IsInDiscount(double price) => price >= Math.Min(StartPrice, EndPrice) && price <= Equilibrium;
}
