namespace Qari.Trading.Risk;

/// <summary>One check of the gate: total (never throws for any input), no side effects.</summary>
public interface IRiskRule
{
    /// <summary>Which of the 16 checks this is.</summary>
    RiskCheck Check { get; }

    /// <summary>The failure, or null when the check passes.</summary>
    RiskFailure? Evaluate(GateInput input, SizingPlan sizing);
}
