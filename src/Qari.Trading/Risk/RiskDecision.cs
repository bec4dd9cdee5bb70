using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>The gate's answer for one candidate: every failed check (empty when approved) and the sizing.</summary>
public sealed record RiskDecision(Symbol Symbol, DateTimeOffset At, IReadOnlyList<RiskFailure> Failures, SizingPlan Sizing, bool LockAcquired)
{
    /// <summary>True when all 16 checks passed.</summary>
    public bool Approved => Failures.Count == 0;

    /// <summary>True when check <paramref name="check"/> failed.</summary>
    public bool Failed(RiskCheck check) => Failures.Any(f => f.Check == check);
}
