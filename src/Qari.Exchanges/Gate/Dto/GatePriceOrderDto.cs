using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>A spot price-triggered order (<c>GET /spot/price_orders[/{id}]</c>); times in seconds.</summary>
internal sealed record GatePriceOrderDto
{
    [JsonPropertyName("trigger")] public required GatePriceTriggerDto Trigger { get; init; }
    [JsonPropertyName("put")] public required GatePricePutDto Put { get; init; }
    [JsonPropertyName("id")] public required long Id { get; init; }
    [JsonPropertyName("market")] public required string Market { get; init; }
    [JsonPropertyName("ctime")] public long? Ctime { get; init; }
    [JsonPropertyName("ftime")] public long? Ftime { get; init; }
    [JsonPropertyName("fired_order_id")] public long? FiredOrderId { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}
