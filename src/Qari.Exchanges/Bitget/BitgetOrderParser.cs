using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Bitget;

/// <summary>Bitget spot orders, plan (trigger) orders and fills → snapshots and fills, with exhaustive vocabularies.</summary>
public static class BitgetOrderParser
{
    /// <summary>orderInfo's list; empty means not found.</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> Orders(string data, BitgetSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<OrderSnapshot>>(data, "bitget orders", root => root.Items().Select(o => ReadOrder(o, mapper)).ToList());

    /// <summary>Plan-order pages <c>{nextFlag, idLessThan, orderList:[...]}</c> (orderList may be null when empty).</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> PlanOrders(string data, BitgetSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<OrderSnapshot>>(data, "bitget plan orders", root =>
            root.Optional("orderList") is { } list ? list.Items().Select(o => ReadPlan(o, mapper)).ToList() : []);

    /// <summary>The ids in a place/cancel answer <c>{orderId, clientOid}</c>.</summary>
    public static Result<(string OrderId, string? ClientOid)> Ids(string data) =>
        WireJson.Parse(data, "bitget order ids", root => (root.GetString("orderId"), root.GetOptionalString("clientOid")));

    /// <summary>Fills, newest first on the wire.</summary>
    public static Result<IReadOnlyList<Fill>> Fills(string data, Symbol symbol) =>
        WireJson.Parse<IReadOnlyList<Fill>>(data, "bitget fills", root => root.Items().Select(t =>
        {
            var fee = t.Required("feeDetail");
            return new Fill(
                TradeId: t.GetString("tradeId"),
                ExchangeOrderId: new ExchangeOrderId(t.GetString("orderId")),
                ClientOrderId: null,
                Symbol: symbol,
                Side: Side(t.GetString("side")),
                Price: t.GetDecimal("priceAvg"),
                Quantity: t.GetDecimal("size"),
                Fee: Math.Abs(fee.GetDecimal("totalFee")),
                FeeAsset: fee.GetString("feeCoin"),
                IsMaker: t.GetString("tradeScope") switch
                {
                    "maker" => true,
                    "taker" => false,
                    var other => throw new WireFormatException($"unknown tradeScope '{other}'"),
                },
                TimeMs: t.GetInt64("cTime"));
        }).ToList());

    /// <summary>
    /// Spot order status → Qari's. Bitget has no "expired": a market/IOC/FOK order whose remainder was cancelled by
    /// the exchange is reported <c>cancelled</c>, which Qari calls Expired.
    /// </summary>
    public static OrderStatus Status(string status, decimal filled, bool exchangeCancelsRemainder) => status switch
    {
        "live" or "new" or "init" => filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "partially_filled" => OrderStatus.PartiallyFilled,
        "filled" => OrderStatus.Filled,
        "cancelled" or "canceled" => exchangeCancelsRemainder ? OrderStatus.Expired : OrderStatus.Canceled,
        _ => throw new WireFormatException($"unknown order status '{status}'"),
    };

    /// <summary>Plan-order status → Qari's: executed means the trigger fired and the order was sent.</summary>
    public static OrderStatus PlanStatus(string status) => status switch
    {
        "live" or "executing" => OrderStatus.New,
        "executed" => OrderStatus.Filled,
        "fail_execute" => OrderStatus.Rejected,
        "cancelled" or "canceled" => OrderStatus.Canceled,
        _ => throw new WireFormatException($"unknown plan order status '{status}'"),
    };

    /// <summary>buy/sell.</summary>
    public static OrderSide Side(string side) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new WireFormatException($"unknown side '{side}'"),
    };

    private static OrderSnapshot ReadOrder(JsonElement o, BitgetSymbolMapper mapper)
    {
        var symbol = SymbolOf(o, mapper);
        var side = Side(o.GetString("side"));
        var orderType = o.GetString("orderType");
        var force = o.GetOptionalString("force") ?? "gtc";
        var type = orderType switch
        {
            "limit" => OrderType.Limit,
            "market" => OrderType.Market,
            _ => throw new WireFormatException($"unknown orderType '{orderType}'"),
        };
        var filled = o.GetOptionalDecimal("baseVolume") ?? 0m;
        var quote = o.GetOptionalDecimal("quoteVolume") ?? 0m;
        var size = o.GetDecimal("size");
        var remainderCancelled = type == OrderType.Market || force is "ioc" or "fok";
        var triggerPrice = o.GetOptionalDecimal("triggerPrice");
        var clientOid = o.GetOptionalString("clientOid");
        var created = o.GetInt64("cTime");
        return new OrderSnapshot(
            new ExchangeOrderId(o.GetString("orderId")),
            string.IsNullOrEmpty(clientOid) ? null : ClientOrderId.Foreign(clientOid),
            symbol,
            side,
            triggerPrice is > 0 ? (type == OrderType.Market ? OrderType.StopMarket : OrderType.StopLimit) : type,
            Status(o.GetString("status"), filled, remainderCancelled),
            Price: o.GetOptionalDecimal("price") is > 0 and var p ? p : null,
            StopPrice: triggerPrice is > 0 ? triggerPrice : null,
            // A market buy's size is the quote amount to spend, not a base quantity.
            Quantity: type == OrderType.Market && side == OrderSide.Buy ? null : size,
            FilledQuantity: filled,
            AverageFillPrice: o.GetOptionalDecimal("priceAvg") is > 0 and var avg ? avg : filled > 0 ? quote / filled : null,
            FilledQuote: quote,
            CreatedMs: created,
            UpdatedMs: o.Optional("uTime") is not null ? o.GetInt64("uTime") : created);
    }

    private static OrderSnapshot ReadPlan(JsonElement o, BitgetSymbolMapper mapper)
    {
        var orderType = o.GetString("orderType");
        var type = orderType switch
        {
            "limit" => OrderType.StopLimit,
            "market" => OrderType.StopMarket,
            _ => throw new WireFormatException($"unknown plan orderType '{orderType}'"),
        };
        var clientOid = o.GetOptionalString("clientOid");
        var created = o.GetInt64("cTime");
        return new OrderSnapshot(
            new ExchangeOrderId(o.GetString("orderId")),
            string.IsNullOrEmpty(clientOid) ? null : ClientOrderId.Foreign(clientOid),
            SymbolOf(o, mapper),
            Side(o.GetString("side")),
            type,
            PlanStatus(o.GetString("status")),
            Price: type == OrderType.StopLimit ? o.GetOptionalDecimal("executePrice") : null,
            StopPrice: o.GetDecimal("triggerPrice"),
            Quantity: o.GetDecimal("size"),
            FilledQuantity: 0m,
            AverageFillPrice: null,
            FilledQuote: 0m,
            CreatedMs: created,
            UpdatedMs: o.Optional("uTime") is not null ? o.GetInt64("uTime") : created);
    }

    private static Symbol SymbolOf(JsonElement o, BitgetSymbolMapper mapper)
    {
        var text = o.GetString("symbol");
        return mapper.TryFromExchange(text, out var symbol) ? symbol : throw new WireFormatException($"unknown symbol '{text}'");
    }
}
