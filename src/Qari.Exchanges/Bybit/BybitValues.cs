using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Qari.Exchanges.Bybit.Wire;
using Qari.Model.Results;
using static Qari.Exchanges.Common.WireNumbers;

namespace Qari.Exchanges.Bybit;

/// <summary>Wire-value reading shared by the Bybit parsers: the envelope and errors (numbers: <see cref="Common.WireNumbers"/>).</summary>
internal static class BybitValues
{
    private static readonly BybitErrorTable Errors = new();

    /// <summary>Deserializes the envelope; a non-zero retCode becomes the mapped error, bad JSON a malformed-response error.</summary>
    public static Result<T> Unwrap<T>(string json, JsonTypeInfo<BybitEnvelope<T>> info, string where) where T : class
    {
        BybitEnvelope<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException e)
        {
            return Error.Malformed($"Bybit {where}", $"invalid JSON ({e.Message})");
        }
        if (envelope is null) return Error.Malformed($"Bybit {where}", "empty response");
        if (envelope.RetCode != 0) return Errors.Map(envelope.RetCode.ToString(CultureInfo.InvariantCulture), $"{where}: {envelope.RetMsg}", 200);
        if (envelope.Result is null) return Error.Malformed($"Bybit {where}", "missing 'result'");
        return envelope.Result;
    }

    /// <summary>A malformed-response error naming the endpoint and the field.</summary>
    public static Error Bad(string where, string problem) => Error.Malformed($"Bybit {where}", problem);

    /// <summary>Reads a required decimal field or reports which one was bad.</summary>
    public static bool Required(string? text, string field, string where, out decimal value, [NotNullWhen(false)] out Error? error)
    {
        error = TryDecimal(text, out value) ? null : Bad(where, $"'{field}' is not a number: '{text}'");
        return error is null;
    }
}
