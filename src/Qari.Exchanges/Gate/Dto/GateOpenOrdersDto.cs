using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>One group of <c>GET /spot/open_orders</c>: a pair and its open orders.</summary>
internal sealed record GateOpenOrdersDto
{
    [JsonPropertyName("currency_pair")] public required string CurrencyPair { get; init; }
    [JsonPropertyName("total")] public int? Total { get; init; }
    [JsonPropertyName("orders")] public required IReadOnlyList<GateOrderDto> Orders { get; init; }
}
