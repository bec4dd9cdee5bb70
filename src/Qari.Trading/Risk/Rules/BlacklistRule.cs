using System.Globalization;
using Qari.Trading.Risk;

namespace Qari.Trading.Risk.Rules;

/// <summary>Check 4: the symbol is on neither the platform's nor the user's blacklist.</summary>
public sealed class BlacklistRule : IRiskRule
{
    /// <inheritdoc />
    public RiskCheck Check => RiskCheck.Blacklist;

    /// <inheritdoc />
    public RiskFailure? Evaluate(GateInput input, SizingPlan sizing)
    {
        var symbol = input.Candidate.Symbol;
        if (input.PlatformBlacklist.Contains(symbol)) return Fail("blacklist.platform", $"{symbol} is on the platform blacklist.");
        if (input.Profile.UserBlacklist.Contains(symbol)) return Fail("blacklist.user", $"{symbol} is on your blacklist.");
        return null;
    }

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
