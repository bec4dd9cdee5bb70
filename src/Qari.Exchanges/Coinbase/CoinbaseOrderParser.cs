using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Coinbase;

/// <summary>Coinbase order and fill answers → snapshots and fills, with exhaustive status and configuration vocabularies.</summary>
public static class CoinbaseOrderParser
{
    /// <summary>POST /orders: the order id on <c>success:true</c>; the typed failure (HTTP 200 <c>success:false</c>) otherwise.</summary>
    public static Result<string> Created(string body, CoinbaseErrorTable errors) =>
        WireJson.ParseResult(body, "coinbase create order", root =>
        {
            if (root.GetBool("success")) return Result<string>.Ok(root.Required("success_response").GetString("order_id"));
            var e = root.Optional("error_response");
            string Pick(params string[] names) => names.Select(n => e?.GetOptionalString(n)).FirstOrDefault(v => !string.IsNullOrEmpty(v) && !v.StartsWith("UNKNOWN_", StringComparison.Ordinal)) ?? "";
            var code = Pick("preview_failure_reason", "new_order_failure_reason", "error");
            if (code.Length == 0) code = e?.GetOptionalString("error") ?? root.GetOptionalString("failure_reason") ?? "UNKNOWN_FAILURE_REASON";
            return errors.Map(code, e?.GetOptionalString("message") ?? e?.GetOptionalString("error_details") ?? "", 200);
        });

    /// <summary>POST /orders/batch_cancel: the first result's outcome.</summary>
    public static Result<bool> Cancelled(string body, CoinbaseErrorTable errors) =>
        WireJson.ParseResult<bool>(body, "coinbase batch_cancel", root =>
        {
            var r = root.Items("results").First();
            return r.GetBool("success") ? Result<bool>.Ok(true) : errors.Map(r.GetOptionalString("failure_reason") ?? "UNKNOWN_CANCEL_FAILURE_REASON", "cancel refused", 200);
        });

    /// <summary>GET /orders/historical/{id}: <c>{order:{…}}</c>.</summary>
    public static Result<OrderSnapshot> Order(string body, CoinbaseClientIds ids) =>
        WireJson.Parse(body, "coinbase order", root => Read(root.Required("order"), ids));

    /// <summary>GET /orders/historical/batch: orders and the next cursor (null when none).</summary>
    public static Result<(IReadOnlyList<OrderSnapshot> Orders, string? Cursor)> Orders(string body, CoinbaseClientIds ids) =>
        WireJson.Parse(body, "coinbase orders", root =>
        {
            IReadOnlyList<OrderSnapshot> orders = root.Items("orders").Select(o => Read(o, ids)).ToList();
            return (orders, root.Optional("has_next") is { ValueKind: JsonValueKind.True } ? root.GetOptionalString("cursor") : null);
        });

    /// <summary>GET /orders/historical/fills: fills (fee = commission, in the quote currency) and the next cursor.</summary>
    public static Result<(IReadOnlyList<Fill> Fills, string? Cursor)> Fills(string body, Symbol symbol) =>
        WireJson.Parse(body, "coinbase fills", root =>
        {
            IReadOnlyList<Fill> fills = root.Items("fills").Select(f => new Fill(
                f.GetString("trade_id"), new ExchangeOrderId(f.GetString("order_id")), null, symbol, Side(f.GetString("side")),
                f.GetDecimal("price"), f.GetDecimal("size"), f.GetDecimal("commission"), symbol.Quote,
                f.GetString("liquidity_indicator") switch
                {
                    "MAKER" => true,
                    "TAKER" or "UNKNOWN_LIQUIDITY_INDICATOR" => false,
                    var other => throw new WireFormatException($"unknown liquidity_indicator '{other}'"),
                },
                CoinbaseParser.Ms(f.GetString("trade_time")))).ToList();
            var cursor = root.GetOptionalString("cursor");
            return (fills, string.IsNullOrEmpty(cursor) ? null : cursor);
        });

    /// <summary>
    /// Coinbase status → Qari's. CANCELLED of an IOC/market order (what could not fill) is Expired; an unknown value
    /// is a wire-format error. UNKNOWN_ORDER_STATUS is refused too: Qari must not guess.
    /// </summary>
    public static OrderStatus Status(string status, decimal filled, bool immediate) => status switch
    {
        "PENDING" or "QUEUED" or "OPEN" => filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "FILLED" => OrderStatus.Filled,
        "CANCELLED" or "CANCEL_QUEUED" => immediate ? OrderStatus.Expired : (status == "CANCEL_QUEUED" && filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Canceled),
        "EXPIRED" => OrderStatus.Expired,
        "FAILED" => OrderStatus.Rejected,
        _ => throw new WireFormatException($"unknown order status '{status}'"),
    };

    /// <summary>BUY/SELL.</summary>
    public static OrderSide Side(string side) => side switch
    {
        "BUY" => OrderSide.Buy,
        "SELL" => OrderSide.Sell,
        _ => throw new WireFormatException($"unknown side '{side}'"),
    };

    private static OrderSnapshot Read(JsonElement o, CoinbaseClientIds ids)
    {
        var productId = o.GetString("product_id");
        if (!CoinbaseSymbolMapper.TryFromExchange(productId, out var symbol)) throw new WireFormatException($"unknown product '{productId}'");
        var config = o.Required("order_configuration").EnumerateObject().FirstOrDefault();
        if (config.Value.ValueKind != JsonValueKind.Object) throw new WireFormatException("empty order_configuration");
        var c = config.Value;
        var (type, immediate) = config.Name switch
        {
            "market_market_ioc" or "market_market_fok" => (OrderType.Market, true),
            "limit_limit_gtc" or "limit_limit_gtd" => (OrderType.Limit, false),
            "limit_limit_fok" or "sor_limit_ioc" => (OrderType.Limit, true),
            "stop_limit_stop_limit_gtc" or "stop_limit_stop_limit_gtd" => (OrderType.StopLimit, false),
            _ => throw new WireFormatException($"unknown order configuration '{config.Name}'"),
        };
        var filled = o.GetOptionalDecimal("filled_size") ?? 0m;
        var created = CoinbaseParser.Ms(o.GetString("created_time"));
        return new OrderSnapshot(
            new ExchangeOrderId(o.GetString("order_id")),
            ids.FromWire(o.GetOptionalString("client_order_id")),
            symbol,
            Side(o.GetString("side")),
            type,
            Status(o.GetString("status"), filled, immediate),
            Price: c.GetOptionalDecimal("limit_price"),
            StopPrice: c.GetOptionalDecimal("stop_price"),
            Quantity: c.GetOptionalDecimal("base_size"),
            FilledQuantity: filled,
            AverageFillPrice: filled > 0 ? o.GetOptionalDecimal("average_filled_price") : null,
            FilledQuote: o.GetOptionalDecimal("filled_value") ?? 0m,
            CreatedMs: created,
            UpdatedMs: o.GetOptionalString("last_fill_time") is { Length: > 0 } t ? Math.Max(created, CoinbaseParser.Ms(t)) : created);
    }
}
