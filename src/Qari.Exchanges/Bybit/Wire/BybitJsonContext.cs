using System.Text.Json.Serialization;

namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Source-generated System.Text.Json metadata for Bybit's wire types (fast, reflection-free parsing).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BybitEnvelope<BybitServerTime>))]
[JsonSerializable(typeof(BybitEnvelope<BybitList<BybitInstrument>>))]
[JsonSerializable(typeof(BybitEnvelope<BybitKlines>))]
[JsonSerializable(typeof(BybitEnvelope<BybitOrderBook>))]
[JsonSerializable(typeof(BybitEnvelope<BybitList<BybitTicker>>))]
[JsonSerializable(typeof(BybitEnvelope<BybitList<BybitWallet>>))]
[JsonSerializable(typeof(BybitEnvelope<BybitOrderAck>))]
[JsonSerializable(typeof(BybitEnvelope<BybitList<BybitOrder>>))]
[JsonSerializable(typeof(BybitEnvelope<BybitList<BybitExecution>>))]
[JsonSerializable(typeof(BybitEnvelope<BybitApiKeyInfo>))]
[JsonSerializable(typeof(BybitEnvelope<Dictionary<string, string>>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class BybitJsonContext : JsonSerializerContext;
