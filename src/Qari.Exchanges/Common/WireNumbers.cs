using System.Globalization;

namespace Qari.Exchanges.Common;

/// <summary>Strict invariant-culture reading of numbers that exchanges send as text (no white space, no thousands separators).</summary>
internal static class WireNumbers
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses a decimal.</summary>
    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value);

    /// <summary>A decimal, or null when empty; false when present but unparseable.</summary>
    public static bool TryOptionalDecimal(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!TryDecimal(text, out var d)) return false;
        value = d;
        return true;
    }

    /// <summary>A positive decimal or null: "", "0" and negative sentinels such as "-1" all mean "not set".</summary>
    public static decimal? PositiveOrNull(string? text) => TryDecimal(text, out var d) && d > 0 ? d : null;

    /// <summary>Parses a ms timestamp given as text (digits only).</summary>
    public static bool TryMs(string? text, out long ms) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ms);
}
