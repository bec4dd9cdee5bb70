using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>
/// One symbol's market: rules, status, the last price (replayed or pushed), the synthetic liquidity around it,
/// and the accounts' resting orders and waiting stops in price-time priority.
/// </summary>
public sealed class SimMarket
{
    internal SimMarket(Symbol symbol, InstrumentRules rules, decimal lastPrice, BookShape shape)
    {
        Symbol = symbol;
        Rules = rules;
        LastPrice = lastPrice;
        Shape = shape;
    }

    /// <summary>The symbol.</summary>
    public Symbol Symbol { get; }

    /// <summary>Tick, lot, minimums.</summary>
    public InstrumentRules Rules { get; }

    /// <summary>Trading, halted or in maintenance.</summary>
    public TradingStatus Status { get; internal set; } = TradingStatus.Trading;

    /// <summary>The last traded price.</summary>
    public decimal LastPrice { get; internal set; }

    /// <summary>When the last price was set (ms).</summary>
    public long LastPriceMs { get; internal set; }

    /// <summary>The synthetic liquidity's shape.</summary>
    public BookShape Shape { get; internal set; }

    /// <summary>When set, every synthetic level holds this base quantity (small values force partial fills).</summary>
    public decimal? LevelQuantity { get; internal set; }

    internal List<SimOrder> RestingBuys { get; } = [];
    internal List<SimOrder> RestingSells { get; } = [];
    internal List<SimOrder> WaitingStops { get; } = [];

    /// <summary>The synthetic ask levels, best first.</summary>
    public IReadOnlyList<BookLevel> SyntheticAsks() => Levels(+1);

    /// <summary>The synthetic bid levels, best first.</summary>
    public IReadOnlyList<BookLevel> SyntheticBids() => Levels(-1);

    /// <summary>The synthetic levels merged with the accounts' resting orders, best first, up to <paramref name="depth"/> per side.</summary>
    public (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) Book(int depth)
    {
        var bids = Merge(SyntheticBids(), RestingBuys, descending: true).Take(depth).ToList();
        var asks = Merge(SyntheticAsks(), RestingSells, descending: false).Take(depth).ToList();
        return (bids, asks);
    }

    /// <summary>Best bid and ask of the synthetic book.</summary>
    public (BookLevel Bid, BookLevel Ask) Top() => (SyntheticBids()[0], SyntheticAsks()[0]);

    private List<BookLevel> Levels(int direction)
    {
        var list = new List<BookLevel>(Shape.Levels);
        for (var i = 0; i < Math.Max(1, Shape.Levels); i++)
        {
            var bps = Shape.SpreadBps / 2m + i * Shape.LevelStepBps;
            var raw = LastPrice * (1m + direction * bps / 10_000m);
            var price = direction > 0 ? Rules.CeilPrice(raw) : Rules.FloorPrice(raw);
            if (price <= 0) break;
            if (list.Count > 0 && list[^1].Price == price) continue;
            var quantity = LevelQuantity ?? Rules.FloorQuantity(Shape.LevelQuote / price);
            if (quantity > 0) list.Add(new BookLevel(price, quantity));
        }
        if (list.Count == 0) list.Add(new BookLevel(Math.Max(LastPrice, Rules.TickSize), 0));
        return list;
    }

    private static IEnumerable<BookLevel> Merge(IReadOnlyList<BookLevel> synthetic, List<SimOrder> resting, bool descending)
    {
        var levels = new SortedDictionary<decimal, decimal>();
        foreach (var l in synthetic) levels[l.Price] = levels.GetValueOrDefault(l.Price) + l.Quantity;
        foreach (var o in resting.Where(o => o.Price is not null)) levels[o.Price!.Value] = levels.GetValueOrDefault(o.Price!.Value) + o.Remaining;
        var ordered = levels.Select(kv => new BookLevel(kv.Key, kv.Value));
        return descending ? ordered.Reverse() : ordered;
    }

    internal void Rest(SimOrder order)
    {
        var list = order.Side == OrderSide.Buy ? RestingBuys : RestingSells;
        list.Add(order);
    }

    internal void Remove(SimOrder order)
    {
        RestingBuys.Remove(order);
        RestingSells.Remove(order);
        WaitingStops.Remove(order);
    }
}
