using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>One execution of <c>GET /api/v1/hf/fills</c>.</summary>
internal sealed record KucoinFillDto
{
    [JsonPropertyName("id")] public long? Id { get; init; }
    [JsonPropertyName("tradeId")] public required long TradeId { get; init; }
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("liquidity")] public required string Liquidity { get; init; }
    [JsonPropertyName("price")] public required decimal Price { get; init; }
    [JsonPropertyName("size")] public required decimal Size { get; init; }
    [JsonPropertyName("funds")] public decimal? Funds { get; init; }
    [JsonPropertyName("fee")] public required decimal Fee { get; init; }
    [JsonPropertyName("feeCurrency")] public required string FeeCurrency { get; init; }
    [JsonPropertyName("createdAt")] public required long CreatedAt { get; init; }
}
