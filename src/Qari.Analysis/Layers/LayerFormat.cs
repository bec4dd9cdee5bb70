using System.Globalization;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Layers;

/// <summary>Invariant-culture number formatting for the plain-English sentences.</summary>
internal static class LayerFormat
{
    /// <summary>A price with precision that suits its magnitude.</summary>
    public static string Px(double price) => price.ToString(
        Math.Abs(price) >= 1000 ? "F1" : Math.Abs(price) >= 1 ? "F4" : "G5", CultureInfo.InvariantCulture);

    /// <summary>A 0–1 share as a whole percentage.</summary>
    public static string Pct(double share) => (share * 100).ToString("F0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction as a percentage with one decimal.</summary>
    public static string Pct1(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>A plain number with the given decimals.</summary>
    public static string N(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Lower-case trend word.</summary>
    public static string Word(Trend trend) => trend switch
    {
        Trend.Bullish => "bullish",
        Trend.Bearish => "bearish",
        Trend.Range => "ranging",
        _ => throw new ArgumentOutOfRangeException(nameof(trend), trend, null),
    };
}
