namespace Qari.Runtime.Grains;

/// <summary>One account's outcome of a cycle: its trader's status, or why the cycle did not reach it.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountOutcome(
    [property: Id(0)] string Account,
    [property: Id(1)] TraderStatus? Status,
    [property: Id(2)] string? Failure);
