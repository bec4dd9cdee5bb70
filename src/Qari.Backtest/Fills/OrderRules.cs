using Qari.Model.Orders;

namespace Qari.Backtest.Fills;

/// <summary>Checks that a simulated order carries the fields its type needs, and classifies rule violations.</summary>
internal static class OrderRules
{
    public static string? ShapeProblem(SimulatedOrder o)
    {
        if (o.Quantity is null == o.QuoteAmount is null) return "give exactly one of quantity and quote amount";
        if (o.QuoteAmount is not null && (o.Type != OrderType.Market || o.Side != OrderSide.Buy)) return "only market buys may be sized by quote amount";
        if (o.Quantity is <= 0 || o.QuoteAmount is <= 0) return "size must be positive";
        var needsLimit = o.Type is OrderType.Limit or OrderType.StopLimit;
        var needsTrigger = o.Type is OrderType.StopMarket or OrderType.StopLimit;
        if (needsLimit != o.LimitPrice is not null) return needsLimit ? $"{o.Type} needs a limit price" : $"{o.Type} takes no limit price";
        if (needsTrigger != o.TriggerPrice is not null) return needsTrigger ? $"{o.Type} needs a trigger price" : $"{o.Type} takes no trigger price";
        if (o.LimitPrice is <= 0 || o.TriggerPrice is <= 0) return "prices must be positive";
        if (o.Type != OrderType.Limit && o.TimeInForce != TimeInForce.GoodTillCanceled) return $"time in force {o.TimeInForce} applies to limit orders only";
        return null;
    }

}
