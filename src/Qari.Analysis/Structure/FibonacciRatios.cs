namespace Qari.Analysis.Structure;

/// <summary>The Fibonacci ratios used on impulse legs.</summary>
public static class FibonacciRatios
{
    /// <summary>Equilibrium: the line between premium and discount.</summary>
    public const double Half = 0.5;

    /// <summary>Golden pocket start.</summary>
    public const double GoldenLow = 0.618;

    /// <summary>Golden pocket end.</summary>
    public const double GoldenHigh = 0.65;

    /// <summary>Deep retracement.</summary>
    public const double Deep = 0.786;

    /// <summary>First extension target.</summary>
    public const double Extension1 = 1.272;

    /// <summary>Second extension target.</summary>
    public const double Extension2 = 1.618;

    /// <summary>The retracement ratios reported for a leg, shallow to deep.</summary>
    public static ReadOnlySpan<double> Retracements => [Half, GoldenLow, GoldenHigh, Deep];

    /// <summary>The extension ratios reported for a leg.</summary>
    public static ReadOnlySpan<double> Extensions => [Extension1, Extension2];
}
