using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The body of <c>POST /spot/price_orders</c>: the new trigger order's id.</summary>
internal sealed record GateIdDto
{
    [JsonPropertyName("id")] public required long Id { get; init; }
}
