using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>POST /api/v1/hf/orders</c> and <c>POST /api/v1/stop-order</c>.</summary>
internal sealed record KucoinPlaceResultDto
{
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }
}
