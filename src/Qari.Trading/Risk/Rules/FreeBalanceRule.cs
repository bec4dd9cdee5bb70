using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 7: the free quote balance, less what other trades have reserved, covers both legs.</summary>
public sealed class FreeBalanceRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.FreeBalance;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var available = input.FreeQuote - input.ReservedQuote;
        if (sizing.TotalQuantity <= 0) return available > 0 ? null : Fail("balance.insufficient", $"No free quote balance is available ({T(available)}).");
        return available >= sizing.TotalCost
            ? null
            : Fail("balance.insufficient", $"Both legs need {T(sizing.TotalCost)} but only {T(available)} is free after reservations.");
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
