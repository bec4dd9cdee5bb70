using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Binance;

/// <summary>Binance order and trade answers → snapshots and fills, with exhaustive status and type mappings that fail loudly.</summary>
public static class BinanceOrderParser
{
    /// <summary>One order (POST/DELETE/GET /api/v3/order).</summary>
    public static Result<OrderSnapshot> Order(string body, BinanceSymbolMapper mapper) =>
        WireJson.Parse(body, "binance order", root => ReadOrder(root, mapper));

    /// <summary>
    /// A place answer (POST /api/v3/order, <c>newOrderRespType=FULL</c>): the order plus the fills it carries. A FULL
    /// fill happened at placement, so it took liquidity (taker) at <c>transactTime</c>; without a <c>tradeId</c> on every
    /// fill (needed to de-duplicate against myTrades) none are kept and the caller reads the fill list.
    /// </summary>
    public static Result<OrderSnapshot> Placed(string body, BinanceSymbolMapper mapper) =>
        WireJson.Parse(body, "binance order", root =>
        {
            var order = ReadOrder(root, mapper);
            if (root.Optional("fills") is not { ValueKind: JsonValueKind.Array } list) return order;
            var fills = new List<Fill>();
            foreach (var f in list.EnumerateArray())
            {
                if (f.Optional("tradeId") is null) return order;
                fills.Add(new Fill(
                    TradeId: f.GetString("tradeId"),
                    ExchangeOrderId: order.ExchangeOrderId,
                    ClientOrderId: order.ClientOrderId,
                    Symbol: order.Symbol,
                    Side: order.Side,
                    Price: f.GetDecimal("price"),
                    Quantity: f.GetDecimal("qty"),
                    Fee: f.GetDecimal("commission"),
                    FeeAsset: f.GetString("commissionAsset"),
                    IsMaker: false,
                    TimeMs: order.UpdatedMs));
            }
            return order with { Fills = fills };
        });

    /// <summary>A list of orders (GET /api/v3/openOrders).</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> Orders(string body, BinanceSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<OrderSnapshot>>(body, "binance openOrders", root => root.Items().Select(o => ReadOrder(o, mapper)).ToList());

    /// <summary>GET /api/v3/myTrades.</summary>
    public static Result<IReadOnlyList<Fill>> Fills(string body, Symbol symbol) =>
        WireJson.Parse<IReadOnlyList<Fill>>(body, "binance myTrades", root => root.Items().Select(t => new Fill(
            TradeId: t.GetString("id"),
            ExchangeOrderId: new ExchangeOrderId(t.GetString("orderId")),
            ClientOrderId: null,
            Symbol: symbol,
            Side: t.GetBool("isBuyer") ? OrderSide.Buy : OrderSide.Sell,
            Price: t.GetDecimal("price"),
            Quantity: t.GetDecimal("qty"),
            Fee: t.GetDecimal("commission"),
            FeeAsset: t.GetString("commissionAsset"),
            IsMaker: t.GetBool("isMaker"),
            TimeMs: t.GetInt64("time"))).ToList());

    /// <summary>Binance order status → Qari's; an unknown value is a wire-format error, never a default.</summary>
    public static OrderStatus Status(string status, decimal executedQty) => status switch
    {
        "NEW" or "PENDING_NEW" => OrderStatus.New,
        "PARTIALLY_FILLED" => OrderStatus.PartiallyFilled,
        "FILLED" => OrderStatus.Filled,
        "CANCELED" => OrderStatus.Canceled,
        // Documented as unused; should it appear, the order is still live until the cancel completes.
        "PENDING_CANCEL" => executedQty > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "REJECTED" => OrderStatus.Rejected,
        "EXPIRED" or "EXPIRED_IN_MATCH" => OrderStatus.Expired,
        _ => throw new WireFormatException($"unknown order status '{status}'"),
    };

    /// <summary>Binance order type → Qari's; take-profit types are triggered orders like stops.</summary>
    public static OrderType Type(string type) => type switch
    {
        "LIMIT" or "LIMIT_MAKER" => OrderType.Limit,
        "MARKET" => OrderType.Market,
        "STOP_LOSS" or "TAKE_PROFIT" => OrderType.StopMarket,
        "STOP_LOSS_LIMIT" or "TAKE_PROFIT_LIMIT" => OrderType.StopLimit,
        _ => throw new WireFormatException($"unknown order type '{type}'"),
    };

    /// <summary>Binance side → Qari's.</summary>
    public static OrderSide Side(string side) => side switch
    {
        "BUY" => OrderSide.Buy,
        "SELL" => OrderSide.Sell,
        _ => throw new WireFormatException($"unknown side '{side}'"),
    };

    private static OrderSnapshot ReadOrder(JsonElement o, BinanceSymbolMapper mapper)
    {
        var exchangeSymbol = o.GetString("symbol");
        if (!mapper.TryFromExchange(exchangeSymbol, out var symbol)) throw new WireFormatException($"unknown symbol '{exchangeSymbol}'");
        var executed = o.GetDecimal("executedQty");
        var quote = o.GetDecimal("cummulativeQuoteQty");
        var type = Type(o.GetString("type"));
        var price = o.GetOptionalDecimal("price");
        var stop = o.GetOptionalDecimal("stopPrice");
        var createdMs = o.Optional("time") is not null ? o.GetInt64("time") : o.GetInt64("transactTime");
        var updatedMs = o.Optional("updateTime") is not null ? o.GetInt64("updateTime")
            : o.Optional("transactTime") is not null ? o.GetInt64("transactTime") : createdMs;
        var clientId = o.GetOptionalString("clientOrderId");
        // A cancel answer names the cancelled order's id as origClientOrderId.
        if (o.GetOptionalString("origClientOrderId") is { Length: > 0 } orig) clientId = orig;
        return new OrderSnapshot(
            ExchangeOrderId: new ExchangeOrderId(o.GetString("orderId")),
            ClientOrderId: string.IsNullOrEmpty(clientId) ? null : ClientOrderId.Foreign(clientId),
            Symbol: symbol,
            Side: Side(o.GetString("side")),
            Type: type,
            Status: Status(o.GetString("status"), executed),
            Price: price is > 0 ? price : null,
            StopPrice: stop is > 0 ? stop : null,
            Quantity: o.GetOptionalDecimal("origQty") is > 0 and var q ? q : null,
            FilledQuantity: executed,
            AverageFillPrice: executed > 0 ? quote / executed : null,
            FilledQuote: quote,
            CreatedMs: createdMs,
            UpdatedMs: updatedMs);
    }
}
