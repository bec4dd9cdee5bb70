using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/stop-order</c> (paged).</summary>
internal sealed record KucoinStopOrderPageDto
{
    [JsonPropertyName("currentPage")] public int CurrentPage { get; init; }
    [JsonPropertyName("totalPage")] public int TotalPage { get; init; }
    [JsonPropertyName("items")] public required IReadOnlyList<KucoinStopOrderDto> Items { get; init; }
}
