namespace Qari.Trading.Risk;

/// <summary>Concurrent-position caps per plan (check 6); an operator may override them per plan.</summary>
public sealed record PlanCaps(int Trial = 5, int Pro = 10, int Premium = 20)
{
    /// <summary>The caps of SPEC §5.</summary>
    public static PlanCaps Default { get; } = new();

    /// <summary>The cap for <paramref name="plan"/>; null means unlimited.</summary>
    public int? MaxPositions(Plan plan) => plan switch
    {
        Plan.Trial => Trial,
        Plan.Pro => Pro,
        Plan.Premium => Premium,
        Plan.SelfHosted => null,
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, "Unknown plan."),
    };
}
