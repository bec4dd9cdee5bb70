using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>An HF order (<c>GET /api/v1/hf/orders/{id}</c>, <c>/client-order/{clientOid}</c>, <c>/active</c>): state is booleans, not a status string.</summary>
internal sealed record KucoinOrderDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("price")] public decimal? Price { get; init; }
    [JsonPropertyName("size")] public decimal? Size { get; init; }
    [JsonPropertyName("funds")] public decimal? Funds { get; init; }
    [JsonPropertyName("dealSize")] public required decimal DealSize { get; init; }
    [JsonPropertyName("dealFunds")] public required decimal DealFunds { get; init; }
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }
    [JsonPropertyName("feeCurrency")] public string? FeeCurrency { get; init; }
    [JsonPropertyName("timeInForce")] public string? TimeInForce { get; init; }
    [JsonPropertyName("stop")] public string? Stop { get; init; }
    [JsonPropertyName("stopPrice")] public decimal? StopPrice { get; init; }
    [JsonPropertyName("active")] public required bool Active { get; init; }
    [JsonPropertyName("cancelExist")] public required bool CancelExist { get; init; }
    [JsonPropertyName("createdAt")] public required long CreatedAt { get; init; }
    [JsonPropertyName("lastUpdatedAt")] public long? LastUpdatedAt { get; init; }
}
