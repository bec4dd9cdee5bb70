using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 1: the engine is running and the user's auto-trading switch is on.</summary>
public sealed class EngineAndAutoTradingRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.EngineAndAutoTrading;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        if (!input.Health.EngineRunning) return Fail("engine.stopped", "The trading engine is not running.");
        if (!input.Profile.AutoTrading) return Fail("autotrading.off", "Auto-trading is switched off for this account.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
