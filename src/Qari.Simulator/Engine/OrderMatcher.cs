using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>
/// The execution rules of <see cref="MatchingEngine"/> (always called under its lock): reserving funds, taking
/// synthetic liquidity, resting in price-time priority, triggering stops, settling fills with fees.
/// </summary>
internal sealed class OrderMatcher(MatchingEngine engine)
{
    private long _nextTradeId = 5_000_001;

    /// <summary>Checks and locks the funds an order needs; market orders are checked but execute at once, so lock nothing.</summary>
    public SimResult? Reserve(SimOrder order, SimAccount account, SimMarket market)
    {
        var (baseAsset, quoteAsset) = (order.Symbol.Base, order.Symbol.Quote);
        string asset;
        decimal need, perUnit;
        if (order.Side == OrderSide.Sell)
        {
            (asset, need, perUnit) = (baseAsset, order.Quantity!.Value, 1m);
        }
        else if (order.Type == OrderType.Market)
        {
            var cost = order.QuoteAmount ?? EstimateBuyCost(market, order.Quantity!.Value);
            return account.Balance(quoteAsset).Free >= cost ? null : Insufficient(quoteAsset, cost, account);
        }
        else
        {
            perUnit = order.Type == OrderType.StopMarket ? order.StopPrice!.Value : order.Price!.Value;
            (asset, need) = (quoteAsset, order.Quantity!.Value * perUnit);
        }
        var balance = account.Balance(asset);
        if (balance.Free < need) return Insufficient(asset, need, account);
        if (order.Type == OrderType.Market) return null;
        balance.Free -= need;
        balance.Locked += need;
        order.LockedAsset = asset;
        order.Locked = need;
        order.LockPerUnit = perUnit;
        return null;
    }

    /// <summary>Starts a newly accepted order: takes what is marketable, then rests, waits (stops) or expires.</summary>
    public void Start(SimOrder order, SimAccount account, SimMarket market)
    {
        switch (order.Type)
        {
            case OrderType.StopLimit or OrderType.StopMarket:
                order.Sequence = engine.NextSequence();
                market.WaitingStops.Add(order);
                return;
            case OrderType.Market:
                Take(order, market, null);
                Finish(order, account, market);
                return;
        }
        if (order.TimeInForce == TimeInForce.FillOrKill && Available(market, order) < order.Remaining)
        {
            Close(order, account, market, OrderStatus.Expired);
            return;
        }
        Take(order, market, order.Price);
        if (!order.IsOpen) return;
        if (order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            Close(order, account, market, OrderStatus.Expired);
            return;
        }
        order.Sequence = engine.NextSequence();
        market.Rest(order);
    }

    /// <summary>A new last price: trigger stops in time order, then fill resting orders the price reached, best price first.</summary>
    public void OnPrice(SimMarket market, decimal? volume)
    {
        var last = market.LastPrice;
        foreach (var stop in market.WaitingStops.Where(s => s.Side == OrderSide.Sell ? last <= s.StopPrice : last >= s.StopPrice).OrderBy(s => s.Sequence).ToList())
        {
            market.WaitingStops.Remove(stop);
            stop.IsWorking = true;
            stop.WorkingMs = engine.NowMs;
            stop.UpdatedMs = engine.NowMs;
            var account = engine.AccountOf(stop);
            Take(stop, market, stop.Type == OrderType.StopLimit ? stop.Price : null);
            if (!stop.IsOpen) continue;
            if (stop.Type == OrderType.StopMarket)
            {
                Close(stop, account, market, OrderStatus.Expired);
                continue;
            }
            stop.Sequence = engine.NextSequence();
            market.Rest(stop);
        }
        var budget = volume ?? decimal.MaxValue;
        var buys = market.RestingBuys.Where(o => o.Price >= last).OrderByDescending(o => o.Price).ThenBy(o => o.Sequence).ToList();
        var sells = market.RestingSells.Where(o => o.Price <= last).OrderBy(o => o.Price).ThenBy(o => o.Sequence).ToList();
        foreach (var order in buys.Concat(sells))
        {
            var quantity = market.Rules.FloorQuantity(Math.Min(order.Remaining, budget));
            if (quantity <= 0) break;
            budget -= Settle(order, quantity, order.Price!.Value, isMaker: true, market);
        }
    }

    /// <summary>Ends an order (cancelled, expired or filled) and releases what it still had locked.</summary>
    public void Close(SimOrder order, SimAccount account, SimMarket market, OrderStatus status)
    {
        if (order.Locked > 0)
        {
            var balance = account.Balance(order.LockedAsset);
            balance.Locked -= order.Locked;
            balance.Free += order.Locked;
            order.Locked = 0;
        }
        market.Remove(order);
        order.Status = status;
        order.UpdatedMs = engine.NowMs;
    }

    private void Finish(SimOrder order, SimAccount account, SimMarket market)
    {
        if (!order.IsOpen) return;
        var done = order.Quantity is null
            ? order.Executed > 0 && order.RemainingQuote < market.Rules.LotStep * market.LastPrice * 2
            : order.Remaining == 0;
        Close(order, account, market, done ? OrderStatus.Filled : OrderStatus.Expired);
    }

    private void Take(SimOrder order, SimMarket market, decimal? limit)
    {
        var levels = order.Side == OrderSide.Buy ? market.SyntheticAsks() : market.SyntheticBids();
        foreach (var level in levels)
        {
            if (!order.IsOpen) return;
            if (limit is { } l && (order.Side == OrderSide.Buy ? level.Price > l : level.Price < l)) return;
            var wanted = order.Quantity is null ? market.Rules.FloorQuantity(order.RemainingQuote / level.Price) : order.Remaining;
            var quantity = Math.Min(level.Quantity, wanted);
            if (quantity <= 0) return;
            if (Settle(order, quantity, level.Price, isMaker: false, market) < quantity) return;
        }
    }

    private decimal Settle(SimOrder order, decimal quantity, decimal price, bool isMaker, SimMarket market)
    {
        var account = engine.AccountOf(order);
        var rules = market.Rules;
        var baseBalance = account.Balance(order.Symbol.Base);
        var quoteBalance = account.Balance(order.Symbol.Quote);
        var rate = isMaker ? account.MakerFee : account.TakerFee;
        var locked = order.LockedAsset.Length > 0 ? account.Balance(order.LockedAsset) : null;
        var release = locked is null ? 0 : Math.Min(order.Locked, quantity * order.LockPerUnit);
        if (locked is not null)
        {
            locked.Locked -= release;
            locked.Free += release;
            order.Locked -= release;
        }
        decimal fee;
        string feeAsset;
        if (order.Side == OrderSide.Buy)
        {
            if (quoteBalance.Free < quantity * price) quantity = rules.FloorQuantity(quoteBalance.Free / price);
            if (quantity <= 0) return 0;
            quoteBalance.Free -= quantity * price;
            fee = quantity * rate;
            feeAsset = order.Symbol.Base;
            baseBalance.Free += quantity - fee;
        }
        else
        {
            if (baseBalance.Free < quantity) quantity = rules.FloorQuantity(baseBalance.Free);
            if (quantity <= 0) return 0;
            baseBalance.Free -= quantity;
            fee = quantity * price * rate;
            feeAsset = order.Symbol.Quote;
            quoteBalance.Free += quantity * price - fee;
        }
        order.Executed += quantity;
        order.CumulativeQuote += quantity * price;
        order.UpdatedMs = engine.NowMs;
        order.AddFill(new SimFill(_nextTradeId++, order.Id, order.AccountId, order.Symbol, order.Side, price, quantity, quantity * price, fee, feeAsset, isMaker, engine.NowMs));
        if (order.Quantity is not null && order.Remaining == 0) Close(order, account, market, OrderStatus.Filled);
        else order.Status = OrderStatus.PartiallyFilled;
        return quantity;
    }

    private static decimal EstimateBuyCost(SimMarket market, decimal quantity)
    {
        decimal cost = 0, left = quantity;
        foreach (var level in market.SyntheticAsks())
        {
            var take = Math.Min(level.Quantity, left);
            cost += take * level.Price;
            left -= take;
            if (left <= 0) break;
        }
        return cost;
    }

    private static decimal Available(SimMarket market, SimOrder order)
    {
        var levels = order.Side == OrderSide.Buy ? market.SyntheticAsks() : market.SyntheticBids();
        return levels.Where(l => order.Side == OrderSide.Buy ? l.Price <= order.Price : l.Price >= order.Price).Sum(l => l.Quantity);
    }

    private static SimResult Insufficient(string asset, decimal need, SimAccount account) =>
        SimResult.Fail(SimReject.InsufficientBalance, $"{asset}: need {need}, free {account.Balance(asset).Free}");
}
