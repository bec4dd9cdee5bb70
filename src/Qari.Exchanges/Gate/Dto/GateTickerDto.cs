using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>One entry of <c>GET /spot/tickers</c>; Gate sends "" for a missing best bid/ask, so values stay text here.</summary>
internal sealed record GateTickerDto
{
    [JsonPropertyName("currency_pair")] public required string CurrencyPair { get; init; }
    [JsonPropertyName("last")] public string? Last { get; init; }
    [JsonPropertyName("lowest_ask")] public string? LowestAsk { get; init; }
    [JsonPropertyName("highest_bid")] public string? HighestBid { get; init; }
    [JsonPropertyName("base_volume")] public string? BaseVolume { get; init; }
    [JsonPropertyName("quote_volume")] public string? QuoteVolume { get; init; }
}
