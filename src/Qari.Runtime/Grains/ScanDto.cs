namespace Qari.Runtime.Grains;

/// <summary>One cycle's shared scan on the wire (mirrors <c>Scanning.ScanResult</c>): computed once per exchange, sent to each trader.</summary>
[GenerateSerializer, Immutable]
public sealed record ScanDto(
    [property: Id(0)] long CloseMs,
    [property: Id(1)] IReadOnlyList<CandidateDto> Candidates,
    [property: Id(2)] IReadOnlyList<MarketDto> Markets,
    [property: Id(3)] IReadOnlyDictionary<string, decimal> Prices,
    [property: Id(4)] IReadOnlyList<CorrelationDto> Correlations,
    [property: Id(5)] bool DataFresh,
    [property: Id(6)] string? Problem,
    [property: Id(7)] IReadOnlyList<StructureEventDto> StructureEvents);
