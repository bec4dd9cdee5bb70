using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 3: the symbol is trading on the exchange (not halted, not in maintenance).</summary>
public sealed class SymbolTradingRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.SymbolTrading;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var status = input.Market.Instrument.Status;
        return status == Qari.Model.Instruments.TradingStatus.Trading
            ? null
            : Fail("symbol.not-trading", $"{input.Candidate.Symbol} is {status} on the exchange.");
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
