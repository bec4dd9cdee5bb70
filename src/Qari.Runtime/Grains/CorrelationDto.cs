namespace Qari.Runtime.Grains;

/// <summary>The correlation of one pair of symbols (hourly returns, 30 days).</summary>
[GenerateSerializer, Immutable]
public sealed record CorrelationDto([property: Id(0)] string A, [property: Id(1)] string B, [property: Id(2)] double Value);
