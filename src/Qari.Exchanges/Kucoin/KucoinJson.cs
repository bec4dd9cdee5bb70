using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>Reads KuCoin's <c>{"code":"200000","data":...}</c> envelope; any other code becomes a typed error.</summary>
internal static class KucoinJson
{
    private static readonly KucoinErrorTable Errors = new();

    /// <summary>Decimals arrive as strings; nothing else is lenient.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        RespectNullableAnnotations = true,
    };

    /// <summary>The envelope's data as <typeparamref name="T"/>, the mapped error, or a malformed-response error.</summary>
    public static Result<T> ReadData<T>(string json, string where, int httpStatus = 200) => ReadData<T>(json, where, nullMeansUnknownOrder: false, httpStatus);

    /// <summary>As <see cref="ReadData{T}(string, string, int)"/>; with <paramref name="nullMeansUnknownOrder"/>, <c>"data":null</c> is an unknown order (KuCoin's answer to a lookup that found nothing).</summary>
    public static Result<T> ReadData<T>(string json, string where, bool nullMeansUnknownOrder, int httpStatus = 200)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error.Malformed(where, "the response is not a JSON object");
            if (!root.TryGetProperty("code", out var code)) return Error.Malformed(where, "the response has no 'code'");
            var codeText = code.ValueKind == JsonValueKind.String ? code.GetString() ?? "" : code.GetRawText();
            if (codeText != KucoinErrorTable.Success)
            {
                var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
                return Errors.Map(codeText, message ?? "(no message)", httpStatus);
            }
            if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
                return nullMeansUnknownOrder
                    ? new Error(ErrorKind.UnknownOrder, "not-found", $"{where}: KuCoin knows no such order.")
                    : Error.Malformed(where, "the response has no 'data'");
            var value = data.Deserialize<T>(Options);
            return value is null ? Error.Malformed(where, "'data' is empty") : Result<T>.Ok(value);
        }
        catch (JsonException e)
        {
            return Error.Malformed(where, e.Message);
        }
    }

    /// <summary>The mapped error when <paramref name="json"/> is an envelope with a non-success code; null otherwise.</summary>
    public static Error? EnvelopeError(string json, int httpStatus)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var code)) return null;
            var codeText = code.ValueKind == JsonValueKind.String ? code.GetString() ?? "" : code.GetRawText();
            if (codeText == KucoinErrorTable.Success) return null;
            var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            return Errors.Map(codeText, message ?? "(no message)", httpStatus);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Parses a decimal sent as a string (invariant culture); false for anything else.</summary>
    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

}
