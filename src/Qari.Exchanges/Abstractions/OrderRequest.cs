using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Abstractions;

/// <summary>
/// An order to place, already rounded to the instrument's tick and lot (adapters do not round; they refuse
/// values that are not on tick/lot). Use the factory methods: they enforce which fields each type needs.
/// </summary>
public sealed record OrderRequest
{
    private OrderRequest(Symbol symbol, OrderSide side, OrderType type, ClientOrderId clientOrderId)
    {
        Symbol = symbol;
        Side = side;
        Type = type;
        ClientOrderId = clientOrderId;
    }

    /// <summary>The instrument.</summary>
    public Symbol Symbol { get; }

    /// <summary>Buy or sell.</summary>
    public OrderSide Side { get; }

    /// <summary>Limit, market, stop-limit or stop-market.</summary>
    public OrderType Type { get; }

    /// <summary>Qari's deterministic client order id.</summary>
    public ClientOrderId ClientOrderId { get; }

    /// <summary>Base quantity; null only for a market buy sized in quote.</summary>
    public decimal? Quantity { get; private init; }

    /// <summary>Quote amount to spend, for a market buy by quote.</summary>
    public decimal? QuoteAmount { get; private init; }

    /// <summary>Limit price (limit and stop-limit).</summary>
    public decimal? Price { get; private init; }

    /// <summary>Trigger price (stop orders): the order activates when the last price falls to it (sell stops).</summary>
    public decimal? StopPrice { get; private init; }

    /// <summary>Time in force for limit orders.</summary>
    public TimeInForce TimeInForce { get; private init; } = TimeInForce.GoodTillCanceled;

    /// <summary>A limit order.</summary>
    public static OrderRequest Limit(Symbol symbol, OrderSide side, decimal quantity, decimal price, ClientOrderId id, TimeInForce tif = TimeInForce.GoodTillCanceled) =>
        new(symbol, side, OrderType.Limit, id) { Quantity = Positive(quantity, nameof(quantity)), Price = Positive(price, nameof(price)), TimeInForce = tif };

    /// <summary>A market buy spending a quote amount (e.g. 100 USDT).</summary>
    public static OrderRequest MarketBuyQuote(Symbol symbol, decimal quoteAmount, ClientOrderId id) =>
        new(symbol, OrderSide.Buy, OrderType.Market, id) { QuoteAmount = Positive(quoteAmount, nameof(quoteAmount)) };

    /// <summary>A market order for a base quantity (sells, and buys where sized in base).</summary>
    public static OrderRequest Market(Symbol symbol, OrderSide side, decimal quantity, ClientOrderId id) =>
        new(symbol, side, OrderType.Market, id) { Quantity = Positive(quantity, nameof(quantity)) };

    /// <summary>A stop-market sell (the protective stop) triggering at <paramref name="stopPrice"/>.</summary>
    public static OrderRequest StopMarket(Symbol symbol, OrderSide side, decimal quantity, decimal stopPrice, ClientOrderId id) =>
        new(symbol, side, OrderType.StopMarket, id) { Quantity = Positive(quantity, nameof(quantity)), StopPrice = Positive(stopPrice, nameof(stopPrice)) };

    /// <summary>A stop-limit order: at the trigger, a limit order at <paramref name="limitPrice"/> is placed.</summary>
    public static OrderRequest StopLimit(Symbol symbol, OrderSide side, decimal quantity, decimal stopPrice, decimal limitPrice, ClientOrderId id) =>
        new(symbol, side, OrderType.StopLimit, id)
        {
            Quantity = Positive(quantity, nameof(quantity)),
            StopPrice = Positive(stopPrice, nameof(stopPrice)),
            Price = Positive(limitPrice, nameof(limitPrice)),
        };

    private static decimal Positive(decimal value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, name);
        return value;
    }
}
