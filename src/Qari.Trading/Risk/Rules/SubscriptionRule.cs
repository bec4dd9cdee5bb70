using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 2: a valid trial, Pro or Premium plan, or an operator waiver (self-hosted needs none).</summary>
public sealed class SubscriptionRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.Subscription;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var p = input.Profile;
        if (p.Waiver || p.Plan == Plan.SelfHosted) return null;
        if (p.PlanValidUntil is { } until && until <= input.Now)
            return Fail("subscription.expired", $"The {p.Plan} plan ended at {until.ToString("u", CultureInfo.InvariantCulture)}; renew it to resume new entries.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
