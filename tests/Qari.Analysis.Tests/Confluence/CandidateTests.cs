using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Model.Ids;

namespace Qari.Analysis.Tests.Confluence;

public sealed class CandidateTests
{
    private static readonly LayerVerdict[] Verdicts =
    [
        LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 1.0, new LayerLevels(Target1: 130, Target2: 140, Invalidation: 85), "bull"),
        LayerVerdict.Of(LayerId.L03OrderBlocks, Vote.Bullish, 1.0, new LayerLevels(ZoneLow: 90, ZoneHigh: 101, Invalidation: 88), "ob"),
        LayerVerdict.Of(LayerId.L07Indicators, Vote.Bearish, 0.5, LayerLevels.None, "ind"),
        LayerVerdict.Abstain(LayerId.L08OrderBook, "no book"),
    ];

    private static Candidate Scored(Symbol symbol, double price = 100.0) => new ConfluenceScorer().Score(symbol, 0, price, Verdicts, eleFlagged: false);

    [Fact]
    public void Explanation_NotGiven_WrittenFromTheFieldsOnFirstRead()
    {
        var c = Scored(new Symbol("COIN", "USDT"));
        var expected = CandidateExplanation.Write(c.Symbol, c.Price, c.Score, c.Passed, c.Verdicts, c.Plan, c.Failures);
        Assert.Equal(expected, c.Explanation);
        Assert.Same(c.Explanation, c.Explanation);
        Assert.Contains("does not pass", c.Explanation, StringComparison.Ordinal);
        Assert.Contains("Disagree (bearish): L7 indicators — ind", c.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_Given_KeptAsGiven()
    {
        var c = Scored(new Symbol("COIN", "USDT"));
        var given = new Candidate(c.Symbol, c.TimeMs, c.Price, c.Score, c.Passed, c.Bias, c.BullishLayers, c.BearishLayers, c.Failures, c.Plan, c.Verdicts, "told");
        Assert.Equal("told", given.Explanation);
        Assert.Equal("other", (given with { Explanation = "other" }).Explanation);
    }

    [Fact]
    public void Equals_SameFieldsWrittenOrNot_EqualDifferentTextNot()
    {
        var c = Scored(new Symbol("COIN", "USDT"));
        var copy = c with { };
        _ = c.Explanation;
        Assert.Equal(c, copy);
        Assert.Equal(c.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(c, c with { Explanation = "something else" });
        Assert.NotEqual(c, c with { Score = c.Score + 1 });
    }

    [Fact]
    public void Rank_EqualScores_OrdinalOrderOfTheSymbolText()
    {
        Symbol[] symbols = [new("BTCDOM", "USDT"), new("BTC", "USDT"), new("BTC", "USDC"), new("AB", "X"), new("B1", "USDT"), new("BTC2", "USDT")];
        var ranked = ConfluenceScorer.Rank(symbols.Select(s => Scored(s)));
        var expected = symbols.Select(s => s.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ranked.Select(c => c.Symbol.ToString()));
    }

    [Fact]
    public void Rank_RandomCandidates_SameOrderAsTheLinqDefinition()
    {
        var random = new Random(5);
        var bases = new[] { "BTC", "ETH", "BTCDOM", "SOL", "S", "SOLX" };
        for (var run = 0; run < 120; run++)
        {
            // Up to 12 symbols (insertion sort) and far more (the index sort); a list and an array (copied, not sorted in place).
            var candidates = Enumerable.Range(0, run % 3 == 0 ? random.Next(0, 150) : random.Next(0, 12)).Select(_ =>
            {
                var c = Scored(new Symbol(bases[random.Next(bases.Length)], random.Next(2) == 0 ? "USDT" : "USDC"));
                return c with { Passed = random.Next(3) == 0, Score = random.Next(0, 5) * 10.0 };
            }).ToList();
            var expected = candidates.OrderByDescending(c => c.Passed).ThenByDescending(c => c.Score)
                .ThenBy(c => c.Symbol.ToString(), StringComparer.Ordinal).ToList();
            Candidate[] input = [.. candidates];
            var ranked = run % 2 == 0 ? ConfluenceScorer.Rank(candidates) : ConfluenceScorer.Rank(input);
            Assert.Equal(candidates, input);
            Assert.Equal(expected.Count, ranked.Count);
            for (var i = 0; i < expected.Count; i++) Assert.Same(expected[i], ranked[i]);
        }
    }
}
