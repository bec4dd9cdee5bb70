using Qari.Model.Ids;
using Qari.Trading.Risk;
using Qari.Trading.Risk.Rules;

namespace Qari.Trading.Tests.Risk;

/// <summary>
/// Checks 5 and 12 reuse a failure instance while its text would be the same. A long run of random inputs through one
/// rule instance (reusing) must give, input by input, the same failure (check, code, message) as a fresh rule instance
/// (nothing to reuse: the plain computation).
/// </summary>
public class ReusedFailureTests
{
    private static readonly Symbol[] Symbols = new[] { "ETH/USDT", "SOL/USDT", "ADA/USDT", "BTC/USDT" }.Select(Symbol.Parse).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Evaluate_RandomInputs_SameFailureAsAFreshRule(int seed)
    {
        var random = new Random(seed);
        var busyRule = new NoPositionInSymbolRule();
        var correlationRule = new CorrelationRule();
        var values = new[] { 0.0, -0.0, 0.851, 0.85, 0.9, 0.9000000000000001, 0.95, -0.2, 1.0, double.NaN };
        var limits = new[] { 0.85, 0.8, 0.850 };
        int busy = 0, unknown = 0, tooHigh = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var symbol = Symbols[random.Next(Symbols.Length)];
            var open = Symbols.Where(_ => random.Next(2) == 0).ToHashSet();
            var matrix = new CorrelationMatrix();
            foreach (var a in Symbols)
                foreach (var b in Symbols)
                {
                    var v = values[random.Next(values.Length)];
                    if (a != b && random.Next(6) != 0 && !double.IsNaN(v)) matrix.Set(a, b, v);
                }
            var input = GateFixture.Input(GateFixture.Candidate(symbol)) with
            {
                BusySymbols = open,
                Correlations = matrix,
                Settings = TradingSettings.Default with { MaxCorrelation = limits[random.Next(limits.Length)] },
            };
            var sizing = PositionSizer.Size(input);

            var reused = busyRule.Evaluate(input, sizing);
            var plain = new NoPositionInSymbolRule().Evaluate(input, sizing);
            Assert.Equal(plain, reused);
            if (reused is not null) busy++;

            var reusedCorrelation = correlationRule.Evaluate(input, sizing);
            var plainCorrelation = new CorrelationRule().Evaluate(input, sizing);
            Assert.Equal(plainCorrelation, reusedCorrelation);
            if (reusedCorrelation?.Code == "correlation.unknown") unknown++;
            if (reusedCorrelation?.Code == "correlation.too-high") tooHigh++;
        }
        Assert.All(new[] { busy, unknown, tooHigh }, n => Assert.True(n > 200, $"only {n} of a kind"));
    }

    [Fact]
    public void Evaluate_CorrelationMovesWithinTheHour_TextFollowsTheNewValue()
    {
        var rule = new CorrelationRule();
        var input = GateFixture.Input(GateFixture.Candidate(GateFixture.Sol)) with { BusySymbols = new HashSet<Symbol> { GateFixture.Eth } };
        var first = rule.Evaluate(input with { Correlations = new CorrelationMatrix().Set(GateFixture.Eth, GateFixture.Sol, 0.91) }, PositionSizer.Size(input));
        var again = rule.Evaluate(input with { Correlations = new CorrelationMatrix().Set(GateFixture.Eth, GateFixture.Sol, 0.91) }, PositionSizer.Size(input));
        var moved = rule.Evaluate(input with { Correlations = new CorrelationMatrix().Set(GateFixture.Eth, GateFixture.Sol, 0.97) }, PositionSizer.Size(input));
        Assert.Same(first, again);
        Assert.Contains("30-day correlation 0.91,", first!.Message);
        Assert.Contains("30-day correlation 0.97,", moved!.Message);
    }
}
