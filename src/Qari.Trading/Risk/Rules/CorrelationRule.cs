using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 12: 30-day correlation with every open position below the limit (an unknown correlation fails: it cannot be shown to pass).</summary>
public sealed class CorrelationRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.Correlation;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        foreach (var open in input.BusySymbols)
        {
            if (open == input.Candidate.Symbol) continue;
            var rho = input.Correlations.Correlation(input.Candidate.Symbol, open);
            if (rho is null) return Fail("correlation.unknown", $"The correlation of {input.Candidate.Symbol} with open {open} is unknown.");
            if (rho.Value >= input.Settings.MaxCorrelation)
                return Fail("correlation.too-high", $"{input.Candidate.Symbol} moves with open {open} (30-day correlation {rho.Value.ToString("0.00", CultureInfo.InvariantCulture)}, limit {input.Settings.MaxCorrelation.ToString(CultureInfo.InvariantCulture)}).");
        }
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
