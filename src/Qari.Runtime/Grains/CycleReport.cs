namespace Qari.Runtime.Grains;

/// <summary>What one scanner cycle did: the candle, the candidates found, and each account's outcome.</summary>
[GenerateSerializer, Immutable]
public sealed record CycleReport(
    [property: Id(0)] long CloseMs,
    [property: Id(1)] int Candidates,
    [property: Id(2)] bool DataFresh,
    [property: Id(3)] IReadOnlyList<AccountOutcome> Accounts);
