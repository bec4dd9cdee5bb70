using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The order a price-triggered order places when it fires.</summary>
internal sealed record GatePricePutDto
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("price")] public decimal? Price { get; init; }
    [JsonPropertyName("amount")] public required decimal Amount { get; init; }
    [JsonPropertyName("account")] public string? Account { get; init; }
    [JsonPropertyName("time_in_force")] public string? TimeInForce { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}
