using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>The symbol filters every order must pass: tick, lot step, minimum and maximum quantity, minimum notional, stop side.</summary>
internal static class OrderRules
{
    public static SimResult? Check(SimOrderRequest r, SimMarket market)
    {
        var rules = market.Rules;
        if (r.Price is { } price && (price <= 0 || !rules.IsOnTick(price))) return SimResult.Fail(SimReject.PriceFilter, $"price {price}");
        if (r.StopPrice is { } stop && (stop <= 0 || !rules.IsOnTick(stop))) return SimResult.Fail(SimReject.PriceFilter, $"stop price {stop}");
        if (r.Quantity is { } qty)
        {
            if (qty <= 0 || !rules.IsOnLot(qty) || qty < rules.MinQuantity || (rules.MaxQuantity is { } max && qty > max))
                return SimResult.Fail(SimReject.LotSize, $"quantity {qty}");
        }
        else if (r.QuoteAmount is not > 0 || r.Type != OrderType.Market || r.Side != OrderSide.Buy)
        {
            return SimResult.Fail(SimReject.LotSize, "quantity missing");
        }
        var reference = r.Price ?? r.StopPrice ?? market.LastPrice;
        var notional = r.Quantity is { } q ? q * reference : r.QuoteAmount!.Value;
        if (notional < rules.MinNotional) return SimResult.Fail(SimReject.MinNotional, $"notional {notional}");
        if (r.Type is OrderType.StopLimit or OrderType.StopMarket)
        {
            var reached = r.Side == OrderSide.Sell ? market.LastPrice <= r.StopPrice : market.LastPrice >= r.StopPrice;
            if (reached) return SimResult.Fail(SimReject.StopWouldTrigger, $"stop {r.StopPrice} vs last {market.LastPrice}");
        }
        if (r.Type == OrderType.Limit && r.TimeInForce == TimeInForce.PostOnly)
        {
            var (bid, ask) = market.Top();
            var crosses = r.Side == OrderSide.Buy ? r.Price >= ask.Price : r.Price <= bid.Price;
            if (crosses) return SimResult.Fail(SimReject.WouldTakeAsMaker);
        }
        return null;
    }
}
