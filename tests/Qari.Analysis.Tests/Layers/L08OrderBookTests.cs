using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class L08OrderBookTests
{
    private static readonly Qari.Analysis.Engine.SymbolAnalyzer Nothing = new();

    private static OrderBook Book(decimal bidQty, decimal askQty, decimal spreadTicks = 1m, int levels = 10) => new(
        Coin, 0,
        [.. Enumerable.Range(0, levels).Select(i => new BookLevel(100m - (spreadTicks * 0.01m / 2) - (i * 0.05m), bidQty))],
        [.. Enumerable.Range(0, levels).Select(i => new BookLevel(100m + (spreadTicks * 0.01m / 2) + (i * 0.05m), askQty))]);

    [Fact]
    public void Evaluate_BidsDominateAndDepthAbsorbsTheOrder_VotesBullish()
    {
        var v = Run(new L08OrderBook(), Nothing, book: Book(bidQty: 100, askQty: 40));
        Assert.Equal(Vote.Bullish, v.Vote);
        Assert.Contains("Bids dominate", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AsksDominate_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L08OrderBook(), Nothing, book: Book(bidQty: 20, askQty: 100)).Vote);

    [Fact]
    public void Evaluate_DepthCannotAbsorbThePlannedSize_VotesBearish()
    {
        var v = new L08OrderBook().Evaluate(new LayerInput(Coin, Nothing, MarketContext.Empty, Book(100, 1), PlannedQuoteSize: 100_000));
        Assert.Equal(Vote.Bearish, v.Vote);
        Assert.Contains("too thin", v.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WideSpread_VotesBearish() =>
        Assert.Equal(Vote.Bearish, Run(new L08OrderBook(), Nothing, book: Book(100, 40, spreadTicks: 100)).Vote);

    [Fact]
    public void Evaluate_NoSnapshot_Abstains() =>
        Assert.Equal(Vote.Abstain, Run(new L08OrderBook(), Nothing).Vote);
}
