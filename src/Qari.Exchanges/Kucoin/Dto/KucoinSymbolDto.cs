using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>One entry of <c>GET /api/v2/symbols</c>.</summary>
internal sealed record KucoinSymbolDto
{
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [JsonPropertyName("baseCurrency")] public required string BaseCurrency { get; init; }
    [JsonPropertyName("quoteCurrency")] public required string QuoteCurrency { get; init; }
    [JsonPropertyName("baseMinSize")] public required decimal BaseMinSize { get; init; }
    [JsonPropertyName("baseMaxSize")] public decimal? BaseMaxSize { get; init; }
    [JsonPropertyName("quoteMinSize")] public decimal? QuoteMinSize { get; init; }
    [JsonPropertyName("baseIncrement")] public required decimal BaseIncrement { get; init; }
    [JsonPropertyName("quoteIncrement")] public decimal? QuoteIncrement { get; init; }
    [JsonPropertyName("priceIncrement")] public required decimal PriceIncrement { get; init; }
    [JsonPropertyName("minFunds")] public decimal? MinFunds { get; init; }
    [JsonPropertyName("enableTrading")] public required bool EnableTrading { get; init; }
}
