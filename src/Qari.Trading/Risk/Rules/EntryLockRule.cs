using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>
/// Check 10: no concurrent entry for the same user and symbol. As a rule it only looks; the gate takes the lock
/// when every check passed, and reports this check as failed when it cannot.
/// </summary>
public sealed class EntryLockRule(IEntryLock entryLock) : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.EntryLock;

    /// <summary>The lock this rule looks at.</summary>
    public IEntryLock Lock { get; } = entryLock;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing) =>
        Lock.IsHeld(input.LockKey) ? Held(input) : null;

    /// <summary>The failure reported when the lock is held by someone else.</summary>
    public RiskFailure Held(GateInput input) =>
        new(Check, "lock.held", $"Another entry into {input.Candidate.Symbol} for this user is in flight.");
}
