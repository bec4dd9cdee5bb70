using System.Globalization;
using System.Text;

namespace Qari.Exchanges.Http;

/// <summary>
/// Builds a query (or form body) string in the order parameters are added, percent-encoding values as RFC 3986
/// unreserved-only UTF-8, so the string that is signed is the string that is sent.
/// </summary>
public sealed class QueryBuilder
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends name=value (skipped when <paramref name="value"/> is null).</summary>
    public QueryBuilder Add(string name, string? value)
    {
        if (value is null) return this;
        if (_text.Length > 0) _text.Append('&');
        _text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Appends a decimal in invariant, exponent-free form without trailing zeros.</summary>
    public QueryBuilder Add(string name, decimal? value) => value is { } v ? Add(name, Format(v)) : this;

    /// <summary>Appends an integer.</summary>
    public QueryBuilder Add(string name, long? value) => value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>The encoded string.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Formats a decimal the way exchanges expect: invariant, no exponent, no trailing zeros ("0.1", "100").</summary>
    public static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
