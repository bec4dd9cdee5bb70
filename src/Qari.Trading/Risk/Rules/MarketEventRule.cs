using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 15: no extreme liquidation event on the symbol and BTC not in a crash.</summary>
public sealed class MarketEventRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.MarketEvent;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        if (input.Candidate.ExtremeLiquidationEvent) return Fail("ele.active", $"{input.Candidate.Symbol} is flagged by an extreme liquidation event.");
        if (input.Candidate.BtcCrash) return Fail("btc.crash", "BTC is crashing; alt entries are vetoed.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
