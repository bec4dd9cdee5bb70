using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 9: the bid/ask spread is below the limit.</summary>
public sealed class SpreadRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.Spread;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var spread = input.Market.RelativeSpread;
        if (spread is null) return Fail("spread.unknown", $"No two-sided quote for {input.Candidate.Symbol}.");
        return spread.Value <= input.Settings.MaxSpread
            ? null
            : Fail("spread.too-wide", $"Spread {T(Math.Round(spread.Value * 100, 3))}% is above the limit {T(input.Settings.MaxSpread * 100)}%.");
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
