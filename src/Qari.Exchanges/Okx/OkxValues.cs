using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Qari.Exchanges.Okx.Wire;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>Wire-value reading shared by the OKX parsers: the envelope and errors (numbers: <see cref="Common.WireNumbers"/>).</summary>
internal static class OkxValues
{
    private static readonly OkxErrorTable Errors = new();

    /// <summary>Deserializes the envelope; a non-"0" code becomes the mapped error, bad JSON a malformed-response error.</summary>
    public static Result<List<T>> Unwrap<T>(string json, JsonTypeInfo<OkxEnvelope<T>> info, string where)
    {
        OkxEnvelope<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException e)
        {
            return Error.Malformed($"OKX {where}", $"invalid JSON ({e.Message})");
        }
        if (envelope?.Code is null) return Error.Malformed($"OKX {where}", "response without 'code'");
        if (envelope.Code != "0") return Errors.Map(envelope.Code, $"{where}: {envelope.Msg}", 200);
        if (envelope.Data is null) return Error.Malformed($"OKX {where}", "missing 'data'");
        return envelope.Data;
    }

    /// <summary>
    /// Unwraps a place/cancel answer: the first item's <c>sCode</c> decides (order endpoints answer HTTP 200 with
    /// top-level code "1" and the real reason per item).
    /// </summary>
    public static Result<OkxOrderAck> UnwrapAck(string json, string where)
    {
        OkxEnvelope<OkxOrderAck>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(json, OkxJsonContext.Default.OkxEnvelopeOkxOrderAck);
        }
        catch (JsonException e)
        {
            return Error.Malformed($"OKX {where}", $"invalid JSON ({e.Message})");
        }
        if (envelope?.Code is null) return Error.Malformed($"OKX {where}", "response without 'code'");
        var item = envelope.Data is { Count: > 0 } ? envelope.Data[0] : null;
        if (item is not null && !string.IsNullOrEmpty(item.SCode) && item.SCode != "0")
            return Errors.Map(item.SCode, $"{where}: {item.SMsg}", 200);
        if (envelope.Code != "0") return Errors.Map(envelope.Code, $"{where}: {envelope.Msg}", 200);
        if (item is null) return Error.Malformed($"OKX {where}", "no result item");
        return item;
    }

    /// <summary>A malformed-response error naming the endpoint.</summary>
    public static Error Bad(string where, string problem) => Error.Malformed($"OKX {where}", problem);
}
