using System.Globalization;
using System.Text.Json;

namespace Qari.Simulator.Dialects;

/// <summary>The top-level scalar fields of a JSON request body as text (strings as-is, numbers as raw text), for dialects that take JSON.</summary>
public sealed class JsonParams
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private JsonParams(bool valid) => IsValid = valid;

    /// <summary>False when the body was not a JSON object.</summary>
    public bool IsValid { get; }

    /// <summary>A field or null.</summary>
    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Parses <paramref name="body"/>; an empty body is a valid empty object.</summary>
    public static JsonParams Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return new JsonParams(true);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new JsonParams(false);
            var result = new JsonParams(true);
            foreach (var p in document.RootElement.EnumerateObject())
            {
                var text = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                    _ => null,
                };
                if (text is not null) result._values[p.Name] = text;
            }
            return result;
        }
        catch (JsonException)
        {
            return new JsonParams(false);
        }
    }

    /// <summary>A positive decimal field: (null, false) when absent, (null, true) when present but not a positive number.</summary>
    public (decimal? Value, bool Bad) Decimal(string name)
    {
        var text = this[name];
        if (string.IsNullOrEmpty(text)) return (null, false);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v > 0 ? (v, false) : (null, true);
    }
}
