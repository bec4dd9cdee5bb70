namespace Qari.Runtime.Grains;

/// <summary>A structure event of the cycle on the wire: a bullish 15m change of character or a 15m/1h higher low.</summary>
[GenerateSerializer, Immutable]
public sealed record StructureEventDto(
    [property: Id(0)] string Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Symbol,
    [property: Id(3)] decimal Price);
