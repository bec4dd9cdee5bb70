using System.Globalization;
using System.Text.Json;
using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// Reads exchange JSON without ever letting a malformed or truncated answer escape as an exception:
/// <see cref="Parse{T}"/> turns every parse failure into <see cref="ErrorKind.MalformedResponse"/> naming where it
/// happened. The field readers accept numbers sent as strings or as JSON numbers and parse them as invariant decimals.
/// </summary>
public static class WireJson
{
    /// <summary>Parses <paramref name="body"/> and reads it with <paramref name="read"/>; any parse failure becomes a typed error.</summary>
    public static Result<T> Parse<T>(string body, string where, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Result<T>.Ok(read(document.RootElement));
        }
        catch (Exception ex) when (ex is JsonException or WireFormatException or InvalidOperationException or KeyNotFoundException
                                       or FormatException or OverflowException or IndexOutOfRangeException or ArgumentException)
        {
            return Error.Malformed(where, Describe(ex) + $" (body: {Excerpt(body)})");
        }
    }

    /// <summary>Like <see cref="Parse{T}"/> for readers that themselves return a result (e.g. an unknown status as a typed error).</summary>
    public static Result<T> ParseResult<T>(string body, string where, Func<JsonElement, Result<T>> read)
    {
        var parsed = Parse(body, where, read);
        return parsed.IsSuccess ? parsed.Value : parsed.Error;
    }

    /// <summary>A required property.</summary>
    public static JsonElement Required(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new WireFormatException($"expected an object holding '{name}', got {element.ValueKind}");
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new WireFormatException($"missing field '{name}'");
    }

    /// <summary>An optional property (null when absent or JSON null).</summary>
    public static JsonElement? Optional(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A required string field (numbers are given as their raw text).</summary>
    public static string GetString(this JsonElement element, string name) => AsString(element.Required(name), name);

    /// <summary>An optional string field.</summary>
    public static string? GetOptionalString(this JsonElement element, string name) =>
        element.Optional(name) is { } v ? AsString(v, name) : null;

    /// <summary>A required decimal field (string or number).</summary>
    public static decimal GetDecimal(this JsonElement element, string name) => AsDecimal(element.Required(name), name);

    /// <summary>An optional decimal field; empty strings count as absent.</summary>
    public static decimal? GetOptionalDecimal(this JsonElement element, string name)
    {
        if (element.Optional(name) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String && v.GetString() is "" ) return null;
        return AsDecimal(v, name);
    }

    /// <summary>A required 64-bit integer field (string or number).</summary>
    public static long GetInt64(this JsonElement element, string name) => AsInt64(element.Required(name), name);

    /// <summary>A required boolean field.</summary>
    public static bool GetBool(this JsonElement element, string name)
    {
        var v = element.Required(name);
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new WireFormatException($"field '{name}' is not a boolean"),
        };
    }

    /// <summary>The element at <paramref name="index"/> of an array.</summary>
    public static JsonElement At(this JsonElement array, int index)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new WireFormatException($"expected an array, got {array.ValueKind}");
        if (index >= array.GetArrayLength()) throw new WireFormatException($"array has {array.GetArrayLength()} items, item {index} expected");
        return array[index];
    }

    /// <summary>A decimal at an array position (kline and book rows).</summary>
    public static decimal DecimalAt(this JsonElement array, int index) => AsDecimal(array.At(index), $"[{index}]");

    /// <summary>An integer at an array position.</summary>
    public static long Int64At(this JsonElement array, int index) => AsInt64(array.At(index), $"[{index}]");

    /// <summary>The items of a required array (the element itself when <paramref name="name"/> is null).</summary>
    public static JsonElement.ArrayEnumerator Items(this JsonElement element, string? name = null)
    {
        var array = name is null ? element : element.Required(name);
        if (array.ValueKind != JsonValueKind.Array) throw new WireFormatException($"'{name ?? "root"}' is not an array");
        return array.EnumerateArray();
    }

    /// <summary>Parses an invariant decimal; rejects NaN, infinity and exponent-free garbage.</summary>
    public static decimal ParseDecimal(string text, string name) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new WireFormatException($"field '{name}' is not a decimal number: '{Excerpt(text)}'");

    private static string AsString(JsonElement v, string name) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Number => v.GetRawText(),
        _ => throw new WireFormatException($"field '{name}' is not a string"),
    };

    private static decimal AsDecimal(JsonElement v, string name) => v.ValueKind switch
    {
        JsonValueKind.String => ParseDecimal(v.GetString()!, name),
        JsonValueKind.Number => ParseDecimal(v.GetRawText(), name),
        _ => throw new WireFormatException($"field '{name}' is not a number"),
    };

    private static long AsInt64(JsonElement v, string name)
    {
        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new WireFormatException($"field '{name}' is not an integer"),
        };
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new WireFormatException($"field '{name}' is not an integer: '{Excerpt(text)}'");
    }

    private static string Describe(Exception ex) => ex switch
    {
        JsonException => "invalid or truncated JSON: " + ex.Message,
        _ => ex.Message,
    };

    private static string Excerpt(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
