using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/market/allTickers</c>.</summary>
internal sealed record KucoinAllTickersDto
{
    [JsonPropertyName("time")] public required long Time { get; init; }
    [JsonPropertyName("ticker")] public required IReadOnlyList<KucoinTickerDto> Ticker { get; init; }
}
