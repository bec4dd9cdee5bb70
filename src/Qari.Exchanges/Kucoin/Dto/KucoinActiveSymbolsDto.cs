using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/hf/orders/active/symbols</c>.</summary>
internal sealed record KucoinActiveSymbolsDto
{
    [JsonPropertyName("symbols")] public required IReadOnlyList<string> Symbols { get; init; }
}
