using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 11: no cooldown running after a stop-loss on the symbol.</summary>
public sealed class CooldownRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.Cooldown;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        return input.Cooldowns.ActiveUntil(input.Candidate.Symbol, input.Now) is { } until
            ? Fail("cooldown.active", $"{input.Candidate.Symbol} stopped out recently; cooling down until {until.ToString("u", CultureInfo.InvariantCulture)}.")
            : null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
