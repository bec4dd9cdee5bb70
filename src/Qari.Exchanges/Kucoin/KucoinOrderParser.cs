using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Kucoin.Dto;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>Turns KuCoin order, stop-order, fill and key responses into Qari's types, with exhaustive mappings.</summary>
internal static class KucoinOrderParser
{
    /// <summary>An HF order response (by id or clientOid).</summary>
    public static Result<OrderSnapshot> Order(string json)
    {
        var data = KucoinJson.ReadData<KucoinOrderDto>(json, "KuCoin order", nullMeansUnknownOrder: true);
        return data.IsSuccess ? Snapshot(data.Value) : data.Error;
    }

    /// <summary><c>GET /api/v1/hf/orders/active</c>.</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> Orders(string json)
    {
        var data = KucoinJson.ReadData<List<KucoinOrderDto>>(json, "KuCoin open orders");
        return data.IsSuccess ? All(data.Value, Snapshot) : data.Error;
    }

    /// <summary>The order id (and echoed clientOid) of a placement.</summary>
    public static Result<ExchangeOrderId> Placed(string json) =>
        KucoinJson.ReadData<KucoinPlaceResultDto>(json, "KuCoin place order").Map(r => new ExchangeOrderId(r.OrderId));

    /// <summary>Any successful envelope (cancel responses carry only ids); errors are mapped.</summary>
    public static Result<bool> Acknowledged(string json) =>
        KucoinJson.ReadData<System.Text.Json.JsonElement>(json, "KuCoin acknowledgement").Map(_ => true);

    /// <summary><c>GET /api/v1/stop-order/{id}</c>.</summary>
    public static Result<KucoinStopView> StopOrder(string json)
    {
        var data = KucoinJson.ReadData<KucoinStopOrderDto>(json, "KuCoin stop order", nullMeansUnknownOrder: true);
        return data.IsSuccess ? StopView(data.Value) : data.Error;
    }

    /// <summary><c>GET /api/v1/stop-order/queryOrderByClientOid</c>: a list with zero or one entry.</summary>
    public static Result<IReadOnlyList<KucoinStopView>> StopOrderList(string json)
    {
        var data = KucoinJson.ReadData<List<KucoinStopOrderDto>>(json, "KuCoin stop orders");
        return data.IsSuccess ? All(data.Value, StopView) : data.Error;
    }

    /// <summary><c>GET /api/v1/stop-order</c> (paged): the page's stops and the number of pages.</summary>
    public static Result<(IReadOnlyList<KucoinStopView> Stops, int TotalPages)> StopOrderPage(string json)
    {
        var data = KucoinJson.ReadData<KucoinStopOrderPageDto>(json, "KuCoin stop orders");
        if (!data.IsSuccess) return data.Error;
        var stops = All(data.Value.Items, StopView);
        if (!stops.IsSuccess) return stops.Error;
        return (stops.Value, data.Value.TotalPage);
    }

    /// <summary><c>GET /api/v1/hf/orders/active/symbols</c>.</summary>
    public static Result<IReadOnlyList<string>> ActiveSymbols(string json) =>
        KucoinJson.ReadData<KucoinActiveSymbolsDto>(json, "KuCoin active symbols").Map(d => d.Symbols);

    /// <summary><c>GET /api/v1/hf/fills</c>: the page's fills oldest first, and the id to continue from.</summary>
    public static Result<(IReadOnlyList<Fill> Fills, long? LastId)> Fills(string json)
    {
        var data = KucoinJson.ReadData<KucoinFillsPageDto>(json, "KuCoin fills");
        if (!data.IsSuccess) return data.Error;
        var fills = All(data.Value.Items, Fill);
        if (!fills.IsSuccess) return fills.Error;
        return (fills.Value.OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList(), data.Value.LastId);
    }

    /// <summary><c>GET /api/v1/user/api-key</c>: permissions from the comma list, IP restriction from the whitelist.</summary>
    public static Result<KeyReport> KeyReport(string json)
    {
        var data = KucoinJson.ReadData<KucoinApiKeyDto>(json, "KuCoin api-key");
        return data.IsSuccess ? KucoinKeyPermissions.Report(data.Value) : data.Error;
    }

    internal static Result<OrderSnapshot> Snapshot(KucoinOrderDto o)
    {
        if (!KucoinSymbols.TryFromExchange(o.Symbol, out var symbol)) return Bad($"unknown symbol '{o.Symbol}'");
        var side = Side(o.Side);
        if (side is null) return Bad($"unknown side '{o.Side}'");
        var isMarket = o.Type switch { "limit" => (bool?)false, "market" => true, _ => null };
        if (isMarket is null) return Bad($"unknown order type '{o.Type}'");
        var isStop = !string.IsNullOrEmpty(o.Stop);
        if (isStop && o.Stop is not ("loss" or "entry")) return Bad($"unknown stop kind '{o.Stop}'");
        var type = (isMarket.Value, isStop) switch
        {
            (false, false) => OrderType.Limit,
            (true, false) => OrderType.Market,
            (false, true) => OrderType.StopLimit,
            (true, true) => OrderType.StopMarket,
        };
        // HF orders have no status string: active/cancelExist decide it (see reference, KuCoin statuses). The
        // cancelled remainder of a market, IOC or FOK order was never the user's cancel: in Qari's terms it expired.
        // A stop can be cancelled while it waits, so a cancelled stop stays cancelled.
        var expires = !isStop && (isMarket.Value || o.TimeInForce is "IOC" or "FOK");
        var status = (o.Active, o.CancelExist) switch
        {
            (true, _) => o.DealSize > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
            (false, false) => OrderStatus.Filled,
            (false, true) => expires ? OrderStatus.Expired : OrderStatus.Canceled,
        };
        var price = isMarket.Value || o.Price is not > 0 ? null : o.Price;
        var quantity = o.Size is > 0 ? o.Size : null;
        var average = o.DealSize > 0 ? o.DealFunds / o.DealSize : (decimal?)null;
        return new OrderSnapshot(new ExchangeOrderId(o.Id), KucoinClientIds.FromWire(o.ClientOid), symbol, side.Value, type, status,
            price, isStop && o.StopPrice is > 0 ? o.StopPrice : null, quantity, o.DealSize, average, o.DealFunds, o.CreatedAt, o.LastUpdatedAt ?? o.CreatedAt);
    }

    private static Result<KucoinStopView> StopView(KucoinStopOrderDto o)
    {
        if (!KucoinSymbols.TryFromExchange(o.Symbol, out var symbol)) return Bad($"unknown symbol '{o.Symbol}'");
        var side = Side(o.Side);
        if (side is null) return Bad($"unknown side '{o.Side}'");
        OrderType? type = o.Type switch { "limit" => OrderType.StopLimit, "market" => OrderType.StopMarket, _ => null };
        if (type is null) return Bad($"unknown stop order type '{o.Type}'");
        bool? triggered = o.Status switch { "NEW" => false, "TRIGGERED" => true, _ => null };
        if (triggered is null) return Bad($"unknown stop order status '{o.Status}'");
        var snapshot = new OrderSnapshot(new ExchangeOrderId(o.Id), KucoinClientIds.FromWire(o.ClientOid), symbol, side.Value, type.Value,
            OrderStatus.New, type == OrderType.StopLimit ? o.Price : null, o.StopPrice, o.Size is > 0 ? o.Size : null, 0m, null, 0m,
            o.CreatedAt, o.StopTriggerTime ?? o.CreatedAt);
        return new KucoinStopView(snapshot, triggered.Value);
    }

    private static Result<Fill> Fill(KucoinFillDto f)
    {
        if (!KucoinSymbols.TryFromExchange(f.Symbol, out var symbol)) return Bad($"unknown symbol '{f.Symbol}'");
        var side = Side(f.Side);
        if (side is null) return Bad($"unknown side '{f.Side}'");
        bool? maker = f.Liquidity switch { "maker" => true, "taker" => false, _ => null };
        if (maker is null) return Bad($"unknown liquidity '{f.Liquidity}'");
        return new Fill(f.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture), new ExchangeOrderId(f.OrderId), null, symbol,
            side.Value, f.Price, f.Size, f.Fee, f.FeeCurrency, maker.Value, f.CreatedAt);
    }

    private static OrderSide? Side(string side) => side switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };

    private static Error Bad(string message) => Error.Malformed("KuCoin", message);

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
