using System.Collections.Concurrent;
using System.Globalization;
using Qari.Model.Ids;
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
        var symbol = input.Candidate.Symbol;
        foreach (var open in input.BusySymbols)
        {
            if (open == symbol) continue;
            var rho = input.Correlations.Correlation(symbol, open);
            if (rho is null) return _unknown.GetOrAdd((symbol, open), static (p, rule) => rule.Fail("correlation.unknown", $"The correlation of {p.Item1} with open {p.Item2} is unknown."), this);
            if (rho.Value >= input.Settings.MaxCorrelation) return TooHigh(symbol, open, rho.Value, input.Settings.MaxCorrelation);
        }
        return null;
    }

    // The failures are immutable and their texts depend only on the pair (and for "too high" on the two numbers as
    // formatted): the same instance is reused while they are the same, instead of a new text for every candidate of
    // every cycle (the correlation changes once an hour, the gate asks every five minutes). The numbers are compared by
    // their bits, so a value that would print differently (-0 and 0) never reuses the other's text. Thread-safe: a gate
    // may be shared; entries are immutable and replaced whole.
    private readonly ConcurrentDictionary<(Symbol, Symbol), RiskFailure> _unknown = new();
    private readonly ConcurrentDictionary<(Symbol, Symbol), TooHighFailure> _tooHigh = new();

    private RiskFailure TooHigh(Symbol symbol, Symbol open, double rho, double limit)
    {
        if (_tooHigh.TryGetValue((symbol, open), out var last) && Same(last.Rho, rho) && Same(last.Limit, limit)) return last.Failure;
        var failure = Fail("correlation.too-high", $"{symbol} moves with open {open} (30-day correlation {rho.ToString("0.00", CultureInfo.InvariantCulture)}, limit {limit.ToString(CultureInfo.InvariantCulture)}).");
        _tooHigh[(symbol, open)] = new TooHighFailure(rho, limit, failure);
        return failure;
    }

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private sealed record TooHighFailure(double Rho, double Limit, RiskFailure Failure);

    private RiskFailure Fail(string code, string message) => new(Check, code, message);

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
