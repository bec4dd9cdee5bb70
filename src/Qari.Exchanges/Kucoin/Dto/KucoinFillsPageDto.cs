using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/hf/fills</c>: newest first, paged backwards with <c>lastId</c>.</summary>
internal sealed record KucoinFillsPageDto
{
    [JsonPropertyName("items")] public required IReadOnlyList<KucoinFillDto> Items { get; init; }
    [JsonPropertyName("lastId")] public long? LastId { get; init; }
}
