namespace Qari.Runtime.Grains;

/// <summary>A trader grain's state as seen from outside: the silo hosting it, its ownership epoch and health.</summary>
[GenerateSerializer, Immutable]
public sealed record TraderStatus(
    [property: Id(0)] string Account,
    [property: Id(1)] string Silo,
    [property: Id(2)] long Epoch,
    [property: Id(3)] bool Fenced,
    [property: Id(4)] bool Degraded,
    [property: Id(5)] int OpenTrades,
    [property: Id(6)] int Cycles);
