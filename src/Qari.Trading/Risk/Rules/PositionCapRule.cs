using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 6: under the plan's concurrent-position cap (5 trial, 10 Pro, 20 Premium; none self-hosted).</summary>
public sealed class PositionCapRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.PositionCap;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var cap = input.Caps.MaxPositions(input.Profile.Plan);
        return cap is { } max && input.OpenPositions >= max
            ? Fail("cap.reached", $"{input.OpenPositions} positions are open, the {input.Profile.Plan} plan allows {max}.")
            : null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
