using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 5: no open position and no pending entry in the same symbol.</summary>
public sealed class NoPositionInSymbolRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.NoPositionInSymbol;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        return input.BusySymbols.Contains(input.Candidate.Symbol)
            ? Fail("symbol.busy", $"There is already an open position or a pending entry in {input.Candidate.Symbol}.")
            : null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
