using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>One ticker of <c>GET /api/v1/market/allTickers</c> (prices may be null for new or halted symbols).</summary>
internal sealed record KucoinTickerDto
{
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [JsonPropertyName("buy")] public decimal? Buy { get; init; }
    [JsonPropertyName("sell")] public decimal? Sell { get; init; }
    [JsonPropertyName("last")] public decimal? Last { get; init; }
    [JsonPropertyName("vol")] public decimal? Vol { get; init; }
    [JsonPropertyName("volValue")] public decimal? VolValue { get; init; }
}
