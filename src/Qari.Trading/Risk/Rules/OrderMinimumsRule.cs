using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 8: after rounding to lot and tick, each leg meets the exchange minimums and Qari's floor.</summary>
public sealed class OrderMinimumsRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.OrderMinimums;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        if (sizing.Problem is { } problem) return Fail("order.below-minimum", $"The sized order cannot be placed: {problem}.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
