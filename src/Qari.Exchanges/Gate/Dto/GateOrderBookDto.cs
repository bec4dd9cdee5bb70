using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The body of <c>GET /spot/order_book</c>: levels as [price, amount] strings, <c>current</c> in ms.</summary>
internal sealed record GateOrderBookDto
{
    [JsonPropertyName("id")] public long? Id { get; init; }
    [JsonPropertyName("current")] public required long Current { get; init; }
    [JsonPropertyName("update")] public long? Update { get; init; }
    [JsonPropertyName("asks")] public required IReadOnlyList<IReadOnlyList<string>> Asks { get; init; }
    [JsonPropertyName("bids")] public required IReadOnlyList<IReadOnlyList<string>> Bids { get; init; }
}
