using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>A spot stop order (<c>GET /api/v1/stop-order/{id}</c>, <c>queryOrderByClientOid</c>, list items).</summary>
internal sealed record KucoinStopOrderDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("price")] public decimal? Price { get; init; }
    [JsonPropertyName("size")] public decimal? Size { get; init; }
    [JsonPropertyName("funds")] public decimal? Funds { get; init; }
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }
    [JsonPropertyName("stop")] public string? Stop { get; init; }
    [JsonPropertyName("stopPrice")] public required decimal StopPrice { get; init; }
    [JsonPropertyName("stopTriggerTime")] public long? StopTriggerTime { get; init; }
    [JsonPropertyName("createdAt")] public required long CreatedAt { get; init; }
}
