using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>One entry of <c>GET /spot/my_trades</c>; <c>create_time_ms</c> is a decimal string of milliseconds.</summary>
internal sealed record GateTradeDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("create_time_ms")] public required decimal CreateTimeMs { get; init; }
    [JsonPropertyName("currency_pair")] public string? CurrencyPair { get; init; }
    [JsonPropertyName("order_id")] public required string OrderId { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("role")] public required string Role { get; init; }
    [JsonPropertyName("amount")] public required decimal Amount { get; init; }
    [JsonPropertyName("price")] public required decimal Price { get; init; }
    [JsonPropertyName("fee")] public required decimal Fee { get; init; }
    [JsonPropertyName("fee_currency")] public required string FeeCurrency { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}
