namespace Qari.Runtime.Grains;

/// <summary>One symbol's market facts on the wire: the instrument (rules, status) and best bid/ask.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketDto(
    [property: Id(0)] string Exchange,
    [property: Id(1)] string Symbol,
    [property: Id(2)] string ExchangeSymbol,
    [property: Id(3)] decimal TickSize,
    [property: Id(4)] decimal LotStep,
    [property: Id(5)] decimal MinQuantity,
    [property: Id(6)] decimal MinNotional,
    [property: Id(7)] decimal? MaxQuantity,
    [property: Id(8)] string Status,
    [property: Id(9)] decimal Bid,
    [property: Id(10)] decimal Ask);
