using System.Text.Json;
using Qari.Analysis.Layers;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// Reads alternative.me's <c>/fng/</c> answer: <c>{"name":..., "data":[{"value":"40","value_classification":"Fear",
/// "timestamp":"1551157200","time_until_update":"68499"}], "metadata":{"error":null}}</c>. Numbers arrive as strings;
/// the timestamp is in Unix seconds; <c>data[0]</c> is the newest.
/// </summary>
internal static class FearGreedParser
{
    private const string Where = "alternative.me fng";

    /// <summary>The newest reading, or MalformedResponse / Rejected (metadata.error set).</summary>
    public static Result<FearGreedReading> Parse(string body) => WireJson.ParseResult(body, Where, Read);

    private static Result<FearGreedReading> Read(JsonElement root)
    {
        if (root.Optional("metadata") is { ValueKind: JsonValueKind.Object } metadata && metadata.GetOptionalString("error") is { Length: > 0 } error)
            return new Error(ErrorKind.Rejected, "fng-error", $"{Where}: the API reported an error: {error}");
        var newest = root.Required("data").At(0);
        var value = newest.GetInt64("value");
        if (value is < 0 or > 100) return Error.Malformed(Where, $"value {value} is outside 0..100");
        var seconds = newest.GetInt64("timestamp");
        if (seconds <= 0) return Error.Malformed(Where, $"timestamp {seconds} is not a Unix time");
        return new FearGreedReading((int)value, checked(seconds * 1000));
    }
}
