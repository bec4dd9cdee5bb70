using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Gate.Dto;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>Turns Gate order, price-order, trade and account-detail responses into Qari's types.</summary>
internal static class GateOrderParser
{
    /// <summary>One spot order (place, get, cancel all return it).</summary>
    public static Result<OrderSnapshot> Order(string json)
    {
        var data = GateJson.Read<GateOrderDto>(json, "Gate order");
        return data.IsSuccess ? Snapshot(data.Value) : data.Error;
    }

    /// <summary><c>GET /spot/orders?status=open</c>.</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> Orders(string json)
    {
        var data = GateJson.Read<List<GateOrderDto>>(json, "Gate orders");
        return data.IsSuccess ? All(data.Value, Snapshot) : data.Error;
    }

    /// <summary><c>GET /spot/open_orders</c>: open orders of every pair.</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> OpenOrdersAll(string json)
    {
        var data = GateJson.Read<List<GateOpenOrdersDto>>(json, "Gate open orders");
        return data.IsSuccess ? All(data.Value.SelectMany(g => g.Orders).ToList(), Snapshot) : data.Error;
    }

    /// <summary>The id of a new price-triggered order.</summary>
    public static Result<ExchangeOrderId> PricePlaced(string json) =>
        GateJson.Read<GateIdDto>(json, "Gate price order").Map(d => new ExchangeOrderId(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>One price-triggered order.</summary>
    public static Result<GatePriceView> PriceOrder(string json)
    {
        var data = GateJson.Read<GatePriceOrderDto>(json, "Gate price order");
        return data.IsSuccess ? PriceView(data.Value) : data.Error;
    }

    /// <summary><c>GET /spot/price_orders?status=...</c>.</summary>
    public static Result<IReadOnlyList<GatePriceView>> PriceOrders(string json)
    {
        var data = GateJson.Read<List<GatePriceOrderDto>>(json, "Gate price orders");
        return data.IsSuccess ? All(data.Value, PriceView) : data.Error;
    }

    /// <summary><c>GET /spot/my_trades</c>, oldest first.</summary>
    public static Result<IReadOnlyList<Fill>> Fills(string json, Symbol symbol)
    {
        var data = GateJson.Read<List<GateTradeDto>>(json, "Gate trades");
        if (!data.IsSuccess) return data.Error;
        var fills = All(data.Value, t => Fill(t, symbol));
        if (!fills.IsSuccess) return fills.Error;
        return fills.Value.OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <c>GET /account/detail</c>: Gate exposes the IP whitelist but no permission flags, so everything except reading
    /// (the call itself succeeded) and the IP restriction is <see cref="Permission.Unknown"/>.
    /// </summary>
    public static Result<KeyReport> KeyReport(string json)
    {
        var data = GateJson.Read<GateAccountDetailDto>(json, "Gate account detail");
        if (!data.IsSuccess) return data.Error;
        var ips = data.Value.IpWhitelist ?? [];
        return new KeyReport(Permission.Granted, Permission.Unknown, Permission.Unknown, Permission.Unknown, Permission.Unknown,
            Permission.Unknown, ips.Count > 0 ? Permission.Granted : Permission.Denied, ips,
            "Gate does not report a key's permissions through the API: check in Gate's API management that the key allows spot trading only (no withdrawal, wallet transfer, margin or futures).");
    }

    internal static Result<OrderSnapshot> Snapshot(GateOrderDto o)
    {
        if (!GateSymbols.TryFromExchange(o.CurrencyPair, out var symbol)) return Bad($"unknown currency pair '{o.CurrencyPair}'");
        var side = Side(o.Side);
        if (side is null) return Bad($"unknown side '{o.Side}'");
        bool? isMarket = o.Type switch { "limit" => false, "market" => true, _ => null };
        if (isMarket is null) return Bad($"unknown order type '{o.Type}'");
        // A market buy's amount (and left) are quote; every other amount is base.
        var quoteSized = isMarket.Value && side == OrderSide.Buy;
        var filled = o.FilledAmount ?? (quoteSized ? 0m : o.Amount - o.Left);
        var status = GateStatuses.Order(o.Status, o.FinishAs, filled);
        if (status is null) return Bad($"unknown order state status='{o.Status}' finish_as='{o.FinishAs}'");
        var total = o.FilledTotal ?? 0m;
        var average = o.AvgDealPrice is > 0 ? o.AvgDealPrice : filled > 0 ? total / filled : null;
        var created = o.CreateTimeMs ?? 0L;
        return new OrderSnapshot(new ExchangeOrderId(o.Id), GateClientIds.FromWire(o.Text), symbol, side.Value,
            isMarket.Value ? OrderType.Market : OrderType.Limit, status.Value, isMarket.Value ? null : o.Price, null,
            quoteSized ? null : o.Amount, filled, average, total, created, o.UpdateTimeMs ?? created);
    }

    private static Result<GatePriceView> PriceView(GatePriceOrderDto p)
    {
        if (!GateSymbols.TryFromExchange(p.Market, out var symbol)) return Bad($"unknown market '{p.Market}'");
        var side = Side(p.Put.Side);
        if (side is null) return Bad($"unknown side '{p.Put.Side}'");
        OrderType? type = p.Put.Type switch { "limit" or null => OrderType.StopLimit, "market" => OrderType.StopMarket, _ => null };
        if (type is null) return Bad($"unknown put type '{p.Put.Type}'");
        if (p.Trigger.Rule is not ("<=" or ">=")) return Bad($"unknown trigger rule '{p.Trigger.Rule}'");
        var fired = GateStatuses.HasFired(p.Status);
        var status = fired ? OrderStatus.New : GateStatuses.Trigger(p.Status);
        if (status is null) return Bad($"unknown price order status '{p.Status}'");
        var created = (p.Ctime ?? 0L) * 1000L;
        var snapshot = new OrderSnapshot(new ExchangeOrderId(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            GateClientIds.FromWire(p.Put.Text), symbol, side.Value, type.Value, status.Value,
            type == OrderType.StopLimit ? p.Put.Price : null, p.Trigger.Price, p.Put.Amount, 0m, null, 0m,
            created, p.Ftime is > 0 ? p.Ftime.Value * 1000L : created);
        var firedId = fired && p.FiredOrderId is > 0 ? p.FiredOrderId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        if (fired && firedId is null) return Bad($"price order {p.Id} fired without a fired_order_id");
        return new GatePriceView(snapshot, firedId);
    }

    private static Result<Fill> Fill(GateTradeDto t, Symbol symbol)
    {
        var side = Side(t.Side);
        if (side is null) return Bad($"unknown side '{t.Side}'");
        bool? maker = t.Role switch { "maker" => true, "taker" => false, _ => null };
        if (maker is null) return Bad($"unknown role '{t.Role}'");
        return new Fill(t.Id, new ExchangeOrderId(t.OrderId), GateClientIds.FromWire(t.Text), symbol, side.Value, t.Price, t.Amount,
            t.Fee, t.FeeCurrency, maker.Value, (long)decimal.Floor(t.CreateTimeMs));
    }

    private static OrderSide? Side(string side) => side switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };

    private static Error Bad(string message) => Error.Malformed("Gate", message);

    private static Result<IReadOnlyList<TOut>> All<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, Result<TOut>> map)
    {
        var list = new List<TOut>(items.Count);
        foreach (var item in items)
        {
            var mapped = map(item);
            if (!mapped.IsSuccess) return mapped.Error;
            list.Add(mapped.Value);
        }
        return list;
    }
}
