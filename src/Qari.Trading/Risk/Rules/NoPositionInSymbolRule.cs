using System.Collections.Concurrent;
using System.Globalization;
using Qari.Model.Ids;
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
        var symbol = input.Candidate.Symbol;
        if (!input.BusySymbols.Contains(symbol)) return null;
        // The failure depends on the symbol only and is immutable: one instance per symbol, not a new text for every
        // candidate of every cycle (the most frequent refusal once a symbol trades). Thread-safe: a gate may be shared.
        return _busy.GetOrAdd(symbol, static (s, rule) => rule.Fail("symbol.busy", $"There is already an open position or a pending entry in {s}."), this);
    }

    private readonly ConcurrentDictionary<Symbol, RiskFailure> _busy = new();

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
