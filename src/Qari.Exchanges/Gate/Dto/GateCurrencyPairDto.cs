using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>One entry of <c>GET /spot/currency_pairs</c>: precision is given as decimal counts.</summary>
internal sealed record GateCurrencyPairDto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("base")] public required string Base { get; init; }
    [JsonPropertyName("quote")] public required string Quote { get; init; }
    [JsonPropertyName("min_base_amount")] public string? MinBaseAmount { get; init; }
    [JsonPropertyName("min_quote_amount")] public string? MinQuoteAmount { get; init; }
    [JsonPropertyName("max_base_amount")] public string? MaxBaseAmount { get; init; }
    [JsonPropertyName("amount_precision")] public required int AmountPrecision { get; init; }
    [JsonPropertyName("precision")] public required int Precision { get; init; }
    [JsonPropertyName("trade_status")] public required string TradeStatus { get; init; }
}
