using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>A spot order (<c>POST/GET/DELETE /spot/orders</c>): status open/closed/cancelled plus <c>finish_as</c>.</summary>
internal sealed record GateOrderDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("create_time_ms")] public long? CreateTimeMs { get; init; }
    [JsonPropertyName("update_time_ms")] public long? UpdateTimeMs { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("currency_pair")] public required string CurrencyPair { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("amount")] public required decimal Amount { get; init; }
    [JsonPropertyName("price")] public decimal? Price { get; init; }
    [JsonPropertyName("time_in_force")] public string? TimeInForce { get; init; }
    [JsonPropertyName("left")] public required decimal Left { get; init; }
    [JsonPropertyName("filled_amount")] public decimal? FilledAmount { get; init; }
    [JsonPropertyName("filled_total")] public decimal? FilledTotal { get; init; }
    [JsonPropertyName("avg_deal_price")] public decimal? AvgDealPrice { get; init; }
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }
    [JsonPropertyName("fee_currency")] public string? FeeCurrency { get; init; }
    [JsonPropertyName("finish_as")] public string? FinishAs { get; init; }
}
