using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 14: the kill switch is not tripped.</summary>
public sealed class KillSwitchRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.KillSwitch;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var k = input.KillSwitch;
        if (!k.Tripped) return null;
        var until = k.Until is { } u ? $" until {u.ToString("u", CultureInfo.InvariantCulture)}" : "";
        return Fail("killswitch.tripped", $"New entries are halted{until}: {k.Reason}.");
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
