using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>Reads Gate responses: a success is the bare value, a failure is <c>{"label","message"}</c>.</summary>
internal static class GateJson
{
    private static readonly GateErrorTable Errors = new();

    /// <summary>Decimals arrive as strings; nothing else is lenient.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        RespectNullableAnnotations = true,
    };

    /// <summary>The body as <typeparamref name="T"/>, the mapped error, or a malformed-response error.</summary>
    public static Result<T> Read<T>(string json, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (ErrorOf(root, 400) is { } error) return error;
            var value = root.Deserialize<T>(Options);
            return value is null ? Error.Malformed(where, "the body is empty") : Result<T>.Ok(value);
        }
        catch (JsonException e)
        {
            return Error.Malformed(where, e.Message);
        }
    }

    /// <summary>The typed error of an error body (any HTTP status), or a malformed-response error when it is not one.</summary>
    public static Error ReadError(string json, int httpStatus)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return ErrorOf(document.RootElement, httpStatus) ?? Error.Malformed("Gate error", $"HTTP {httpStatus} without a label");
        }
        catch (JsonException e)
        {
            return Error.Malformed("Gate error", $"HTTP {httpStatus}: {e.Message}");
        }
    }

    /// <summary>Parses a decimal sent as a string (invariant culture); false for anything else, including "".</summary>
    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);


    private static Error? ErrorOf(JsonElement root, int httpStatus)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String)
            return null;
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return Errors.Map(label.GetString() ?? "", message ?? "(no message)", httpStatus);
    }
}
