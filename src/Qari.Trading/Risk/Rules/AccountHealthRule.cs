using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 16: key valid with the right permissions, exchange reachable, market data fresh, clocks in sync.</summary>
public sealed class AccountHealthRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.AccountHealth;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var h = input.Health;
        if (!h.KeyValid) return Fail("health.key", "The API key is invalid or lacks the trade permission.");
        if (!h.ExchangeReachable) return Fail("health.exchange", "The exchange is not reachable.");
        if (!h.MarketDataFresh) return Fail("health.data", "Market data is stale.");
        if (!h.ClockInSync) return Fail("health.clock", "The clock is out of sync with the exchange.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
