using Qari.Model.Ids;

namespace Qari.Model.Market;

/// <summary>A snapshot of an order book: bids best (highest) first, asks best (lowest) first.</summary>
public sealed record OrderBook(Symbol Symbol, long TimeMs, IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks)
{
    /// <summary>The best bid, if any.</summary>
    public BookLevel? BestBid => Bids.Count > 0 ? Bids[0] : null;

    /// <summary>The best ask, if any.</summary>
    public BookLevel? BestAsk => Asks.Count > 0 ? Asks[0] : null;
}
