using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 13: the plan's risk/reward is at least the minimum (2.0).</summary>
public sealed class RiskRewardRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.RiskReward;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        return input.Candidate.RiskReward >= input.Settings.MinRiskReward
            ? null
            : Fail("rr.too-low", $"Risk/reward {T(input.Candidate.RiskReward)} is below {T(input.Settings.MinRiskReward)}.");
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
