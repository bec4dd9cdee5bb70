using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>An account's state after a step, as <c>qari status</c> shows it.</summary>
public sealed record AccountSnapshot(
    AccountId Account,
    string Name,
    string Exchange,
    DateTimeOffset Clock,
    bool Degraded,
    bool KillTripped,
    string KillReason,
    decimal DayR,
    decimal WeekR,
    decimal Equity,
    IReadOnlyList<PositionSnapshot> Positions);
