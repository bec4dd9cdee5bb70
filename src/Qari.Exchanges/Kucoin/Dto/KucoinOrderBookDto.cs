using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/market/orderbook/level2_20|100</c>: levels as [price, size] strings.</summary>
internal sealed record KucoinOrderBookDto
{
    [JsonPropertyName("time")] public required long Time { get; init; }
    [JsonPropertyName("sequence")] public string? Sequence { get; init; }
    [JsonPropertyName("bids")] public required IReadOnlyList<IReadOnlyList<string>> Bids { get; init; }
    [JsonPropertyName("asks")] public required IReadOnlyList<IReadOnlyList<string>> Asks { get; init; }
}
