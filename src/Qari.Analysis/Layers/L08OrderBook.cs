using Qari.Model.Market;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L8 order book: spread, bid share of the depth within ±<see cref="OrderBookSettings.DepthBand"/> of mid, walls,
/// and the slippage of buying the planned quote size by walking the asks. A too-wide spread or too much slippage
/// votes bearish (the book cannot take the order); otherwise the imbalance and walls decide. Abstains without a
/// snapshot — backtests without book data do, and reports say so.
/// </summary>
public sealed class L08OrderBook(OrderBookSettings? settings = null) : ILayer
{
    // Verdicts are immutable: every symbol of every cycle without a book (every backtest) gets this one.
    private static readonly LayerVerdict NoBook =
        LayerVerdict.Abstain(LayerId.L08OrderBook, "No order-book snapshot available (e.g. a backtest without book data).");

    private readonly OrderBookSettings _s = settings ?? OrderBookSettings.Default;

    /// <inheritdoc />
    public LayerId Id => LayerId.L08OrderBook;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Book is not { BestBid: { } bestBid, BestAsk: { } bestAsk } book) return NoBook;
        double bid = (double)bestBid.Price, ask = (double)bestAsk.Price;
        var mid = (bid + ask) / 2.0;
        var spread = (ask - bid) / mid;
        var (bidDepth, bidWall) = Side(book.Bids, mid * (1 - _s.DepthBand), below: true);
        var (askDepth, askWall) = Side(book.Asks, mid * (1 + _s.DepthBand), below: false);
        var share = bidDepth + askDepth > 0 ? bidDepth / (bidDepth + askDepth) : 0.5;
        var slippage = Slippage(book.Asks, input.PlannedQuoteSize, ask);
        var levels = new LayerLevels(Target1: askWall, Invalidation: bidWall);
        var facts = new BookFacts(spread, share, _s.DepthBand, input.PlannedQuoteSize, slippage, bidWall, askWall);
        if (spread > _s.MaxSpread || !(slippage <= _s.MaxSlippage))
            return LayerVerdict.Of(Id, Vote.Bearish, 1.0, levels, facts.Sentence("Book too thin for the planned order: "));
        if (share >= _s.BullishImbalance && askWall is null)
            return LayerVerdict.Of(Id, Vote.Bullish, Math.Min(1.0, (share - 0.5) * 2.5), levels, facts.Sentence("Bids dominate: "));
        if (share <= _s.BearishImbalance || (askWall is not null && bidWall is null))
            return LayerVerdict.Of(Id, Vote.Bearish, Math.Min(1.0, Math.Max(0.3, (0.5 - share) * 2.5)), levels, facts.Sentence("Sellers dominate: "));
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, levels, facts.Sentence("Balanced book: "));
    }

    private static Func<string> Sentence(string lead, BookFacts f) => () => lead + f.Text() + ".";

    private readonly record struct BookFacts(double Spread, double Share, double DepthBand, double QuoteSize, double Slippage, double? BidWall, double? AskWall)
    {
        public Func<string> Sentence(string lead) => L08OrderBook.Sentence(lead, this);

        public string Text() =>
            $"spread {Pct1(Spread)}, bids {Pct(Share)} of ±{Pct(DepthBand)} depth, slippage for {N(QuoteSize, 0)} quote {(double.IsFinite(Slippage) ? Pct1(Slippage) : "beyond the book")}"
            + (BidWall is { } bw ? $", bid wall at {Px(bw)}" : "") + (AskWall is { } aw ? $", ask wall at {Px(aw)}" : "");
    }

    private (double Depth, double? Wall) Side(IReadOnlyList<BookLevel> levels, double limit, bool below)
    {
        double depth = 0, largest = 0, largestPrice = 0;
        for (var i = 0; i < levels.Count; i++)
        {
            var p = (double)levels[i].Price;
            if (below ? p < limit : p > limit) break;
            var quote = p * (double)levels[i].Quantity;
            depth += quote;
            if (quote > largest) (largest, largestPrice) = (quote, p);
        }
        // A wall needs several levels to stand out from; with one or two levels every level is "large".
        return (depth, levels.Count >= 4 && depth > 0 && largest >= _s.WallShare * depth ? largestPrice : null);
    }

    private static double Slippage(IReadOnlyList<BookLevel> asks, double quoteSize, double bestAsk)
    {
        double spent = 0, bought = 0;
        for (var i = 0; i < asks.Count && spent < quoteSize; i++)
        {
            var p = (double)asks[i].Price;
            var take = Math.Min(p * (double)asks[i].Quantity, quoteSize - spent);
            spent += take;
            bought += take / p;
        }
        return spent < quoteSize || bought <= 0 ? double.PositiveInfinity : ((spent / bought) / bestAsk) - 1.0;
    }
}
