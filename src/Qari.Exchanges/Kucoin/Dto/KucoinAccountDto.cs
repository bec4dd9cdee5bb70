using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>One entry of <c>GET /api/v1/accounts</c>.</summary>
internal sealed record KucoinAccountDto
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("currency")] public required string Currency { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("balance")] public required decimal Balance { get; init; }
    [JsonPropertyName("available")] public required decimal Available { get; init; }
    [JsonPropertyName("holds")] public required decimal Holds { get; init; }
}
