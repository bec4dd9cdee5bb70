using System.Text.Json.Serialization;

namespace Qari.Exchanges.Okx.Wire;

/// <summary>Source-generated System.Text.Json metadata for OKX's wire types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OkxEnvelope<OkxTime>))]
[JsonSerializable(typeof(OkxEnvelope<OkxInstrument>))]
[JsonSerializable(typeof(OkxEnvelope<List<string>>))]
[JsonSerializable(typeof(OkxEnvelope<OkxOrderBook>))]
[JsonSerializable(typeof(OkxEnvelope<OkxTicker>))]
[JsonSerializable(typeof(OkxEnvelope<OkxBalance>))]
[JsonSerializable(typeof(OkxEnvelope<OkxOrderAck>))]
[JsonSerializable(typeof(OkxEnvelope<OkxOrder>))]
[JsonSerializable(typeof(OkxEnvelope<OkxAlgoOrder>))]
[JsonSerializable(typeof(OkxEnvelope<OkxFill>))]
[JsonSerializable(typeof(OkxEnvelope<OkxAccountConfig>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<Dictionary<string, string>>))]
public sealed partial class OkxJsonContext : JsonSerializerContext;
