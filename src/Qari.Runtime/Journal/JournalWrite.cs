using Qari.Model.Ids;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>One pending write of a <see cref="JournalBatch"/> (each journal implements the four kinds).</summary>
internal abstract record JournalWrite(AccountId Account);

/// <summary>A journal row.</summary>
internal sealed record AppendWrite(AccountId Account, DateTimeOffset At, string Direction, string Kind, string Payload, decimal? R) : JournalWrite(Account);

/// <summary>An order about to be sent.</summary>
internal sealed record SendingWrite(AccountId Account, DateTimeOffset At, OrderSpec Spec) : JournalWrite(Account);

/// <summary>An order's outcome.</summary>
internal sealed record OutcomeWrite(AccountId Account, ClientOrderId Id, DateTimeOffset At, string State, string? ExchangeId, string? Detail, decimal? Filled)
    : JournalWrite(Account);

/// <summary>An account's snapshot; with <paramref name="PositionsUnchanged"/> only the account row is rewritten (its positions rows are already these).</summary>
internal sealed record SnapshotWrite(AccountSnapshot Snapshot, bool PositionsUnchanged = false) : JournalWrite(Snapshot.Account);
