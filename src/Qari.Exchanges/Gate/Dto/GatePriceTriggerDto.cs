using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The trigger of a price-triggered order: fire when the last price is <c>rule</c> (&gt;= or &lt;=) <c>price</c>.</summary>
internal sealed record GatePriceTriggerDto
{
    [JsonPropertyName("price")] public required decimal Price { get; init; }
    [JsonPropertyName("rule")] public required string Rule { get; init; }
    [JsonPropertyName("expiration")] public long? Expiration { get; init; }
}
