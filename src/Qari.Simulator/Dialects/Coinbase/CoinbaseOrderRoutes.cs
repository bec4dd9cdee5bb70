using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Coinbase.CoinbaseAuth;
using static Qari.Simulator.Dialects.Coinbase.CoinbaseWire;

namespace Qari.Simulator.Dialects.Coinbase;

/// <summary>Coinbase's private endpoints. A reused client_order_id returns the existing order (idempotent), as Coinbase documents.</summary>
internal static class CoinbaseOrderRoutes
{
    private const string Root = "/api/v3/brokerage";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet(Root + "/accounts", H(c => Signed(c, state, Need.View, (_, k) => Results.Json(new
        {
            accounts = state.Engine.Balances(k.AccountId).Select(b => new
            {
                uuid = "acc-" + b.Asset, name = b.Asset + " Wallet", currency = b.Asset, available_balance = new { value = D(b.Free), currency = b.Asset },
                @default = true, active = true, created_at = Time(0), updated_at = Time(state.NowMs), deleted_at = (string?)null,
                type = "ACCOUNT_TYPE_CRYPTO", ready = true, hold = new { value = D(b.Locked), currency = b.Asset }, retail_portfolio_id = "sim-portfolio",
            }).ToList(),
            has_next = false, cursor = "", size = state.Engine.Balances(k.AccountId).Count,
        }, Json)))).ForDialect(dialect);
        app.MapGet(Root + "/best_bid_ask", H(c => Signed(c, state, Need.View, (_, _) => Results.Json(new
        {
            pricebooks = state.Engine.Markets.Select(m =>
            {
                var (bid, ask) = m.Top();
                return CoinbaseMarketRoutes.PriceBook(m.Symbol, [bid], [ask], state.NowMs);
            }).ToList(),
        }, Json)))).ForDialect(dialect);
        app.MapPost(Root + "/orders", H(c => Signed(c, state, Need.Trade, (r, k) => Create(state, r, k)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost(Root + "/orders/batch_cancel", H(c => Signed(c, state, Need.Trade, (r, k) => Cancel(state, r, k)))).ForDialect(dialect);
        app.MapGet(Root + "/orders/historical/batch", H(c => Signed(c, state, Need.View, (r, k) => List(state, r, k)))).ForDialect(dialect);
        app.MapGet(Root + "/orders/historical/fills", H(c => Signed(c, state, Need.View, (r, k) => Fills(state, r, k)))).ForDialect(dialect);
        app.MapGet(Root + "/orders/historical/{orderId}", (HttpContext c, string orderId) => Signed(c, state, Need.View, (_, k) =>
            AllOrders(state, k).FirstOrDefault(o => ParseOrderId(orderId) == o.Id) is { } o
                ? Results.Json(new { order = Order(o) }, Json)
                : Error("NOT_FOUND", "order with this orderID was not found", 404))).ForDialect(dialect);
        app.MapGet(Root + "/key_permissions", H(c => Signed(c, state, Need.View, (_, k) => Results.Json(new
        {
            can_view = k.Read, can_trade = k.SpotTrade, can_transfer = k.Transfer || k.Withdraw, portfolio_uuid = "sim-portfolio", portfolio_type = "DEFAULT",
        }, Json)))).ForDialect(dialect);
    }

    private static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    private static async Task<IResult> Signed(HttpContext context, SimulatorState state, Need need, Func<WireRequest, SimKey, IResult> handle)
    {
        var (request, key, error) = await VerifyAsync(context, state, need).ConfigureAwait(false);
        return error ?? handle(request, key!);
    }

    private static IEnumerable<SimOrder> AllOrders(SimulatorState state, SimKey key) =>
        state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(key.AccountId, m.Symbol));

    private static IResult Create(SimulatorState state, WireRequest r, SimKey key)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(string.IsNullOrWhiteSpace(r.RawBody) ? "{}" : r.RawBody);
        var root = doc.RootElement;
        var p = JsonParams.Parse(r.RawBody);
        if (p["client_order_id"] is not { Length: > 0 } clientId) return Error("INVALID_ARGUMENT", "client_order_id is required", 400);
        if (ParseProduct(p["product_id"], state.Engine) is not { } symbol) return Failed(SimReject.UnknownSymbol);
        OrderSide side;
        if (p["side"] == "BUY") side = OrderSide.Buy;
        else if (p["side"] == "SELL") side = OrderSide.Sell;
        else return Error("INVALID_ARGUMENT", "side must be BUY or SELL", 400);
        if (!root.TryGetProperty("order_configuration", out var configs) || configs.ValueKind != System.Text.Json.JsonValueKind.Object)
            return Error("INVALID_ARGUMENT", "order_configuration is required", 400);
        var config = configs.EnumerateObject().FirstOrDefault();
        var c = JsonParams.Parse(config.Value.ValueKind == System.Text.Json.JsonValueKind.Object ? config.Value.GetRawText() : "");
        var (baseSize, b1) = c.Decimal("base_size");
        var (quoteSize, b2) = c.Decimal("quote_size");
        var (limit, b3) = c.Decimal("limit_price");
        var (stop, b4) = c.Decimal("stop_price");
        if (b1 || b2 || b3 || b4) return Error("INVALID_ARGUMENT", "sizes and prices must be positive decimals", 400);
        (OrderType Type, TimeInForce Tif)? shape = config.Name switch
        {
            "market_market_ioc" when baseSize is not null ^ quoteSize is not null => (OrderType.Market, TimeInForce.ImmediateOrCancel),
            "limit_limit_gtc" when baseSize is not null && limit is not null => (OrderType.Limit, c["post_only"] == "true" ? TimeInForce.PostOnly : TimeInForce.GoodTillCanceled),
            "sor_limit_ioc" when baseSize is not null && limit is not null => (OrderType.Limit, TimeInForce.ImmediateOrCancel),
            "limit_limit_fok" when baseSize is not null && limit is not null => (OrderType.Limit, TimeInForce.FillOrKill),
            "stop_limit_stop_limit_gtc" when baseSize is not null && limit is not null && stop is not null => (OrderType.StopLimit, TimeInForce.GoodTillCanceled),
            _ => null,
        };
        if (shape is null) return Results.Json(new
        {
            success = false, failure_reason = "UNKNOWN_FAILURE_REASON", order_id = "",
            error_response = new { error = "UNSUPPORTED_ORDER_CONFIGURATION", message = "Unsupported order configuration", error_details = config.Name ?? "", preview_failure_reason = "UNKNOWN_PREVIEW_FAILURE_REASON", new_order_failure_reason = "UNSUPPORTED_ORDER_CONFIGURATION" },
        }, Json);
        var (type, tif) = shape.Value;
        var result = state.Engine.Place(new SimOrderRequest(key.AccountId, symbol, side, type, clientId, baseSize,
            type == OrderType.Market ? quoteSize : null, type == OrderType.Market ? null : limit, stop, tif, DuplicateClientIdBehaviour.ReturnsExisting));
        if (!result.IsSuccess) return Failed(result.Reject!.Value);
        var o = result.Order!;
        return Results.Json(new
        {
            success = true, failure_reason = "UNKNOWN_FAILURE_REASON", order_id = OrderId(o.Id),
            success_response = new { order_id = OrderId(o.Id), product_id = ProductId(o.Symbol), side = p["side"], client_order_id = o.ClientOrderId },
            order_configuration = Configuration(o),
        }, Json);
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(string.IsNullOrWhiteSpace(r.RawBody) ? "{}" : r.RawBody);
        if (!doc.RootElement.TryGetProperty("order_ids", out var ids) || ids.ValueKind != System.Text.Json.JsonValueKind.Array)
            return Error("INVALID_ARGUMENT", "order_ids is required", 400);
        var results = ids.EnumerateArray().Select(e => e.GetString() ?? "").Select(id =>
        {
            var order = AllOrders(state, key).FirstOrDefault(o => ParseOrderId(id) == o.Id);
            if (order is null || !order.IsOpen) return new { success = false, failure_reason = "UNKNOWN_CANCEL_ORDER", order_id = id };
            var done = state.Engine.Cancel(key.AccountId, order.Symbol, order.Id, null);
            return new { success = done.IsSuccess, failure_reason = done.IsSuccess ? "UNKNOWN_CANCEL_FAILURE_REASON" : "UNKNOWN_CANCEL_ORDER", order_id = id };
        }).ToList();
        return Results.Json(new { results }, Json);
    }

    private static IResult List(SimulatorState state, WireRequest r, SimKey key)
    {
        var product = r["product_ids"];
        var openOnly = r["order_status"] == "OPEN";
        var orders = AllOrders(state, key).Where(o => (product is null || ProductId(o.Symbol) == product) && (!openOnly || o.IsOpen))
            .OrderByDescending(o => o.Id).Select(Order).ToList();
        return Results.Json(new { orders, sequence = "0", has_next = false, cursor = "" }, Json);
    }

    private static IResult Fills(SimulatorState state, WireRequest r, SimKey key)
    {
        var product = r["product_ids"];
        long since = 0;
        if (r["start_sequence_timestamp"] is { } start && DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
            since = t.ToUnixTimeMilliseconds();
        var fills = state.Engine.Markets.Where(m => product is null || ProductId(m.Symbol) == product)
            .SelectMany(m => state.Engine.Fills(key.AccountId, m.Symbol)).Where(f => f.TimeMs >= since).OrderByDescending(f => f.TradeId)
            .Select(f => new
            {
                entry_id = "e" + f.TradeId.ToString(CultureInfo.InvariantCulture), trade_id = f.TradeId.ToString(CultureInfo.InvariantCulture), order_id = OrderId(f.OrderId),
                trade_time = Time(f.TimeMs), trade_type = "FILL", price = D(f.Price), size = D(f.Quantity),
                commission = D(f.FeeAsset == f.Symbol.Quote ? f.Fee : f.Fee * f.Price), product_id = ProductId(f.Symbol), sequence_timestamp = Time(f.TimeMs),
                liquidity_indicator = f.IsMaker ? "MAKER" : "TAKER", size_in_quote = false, user_id = f.AccountId, side = f.Side == OrderSide.Buy ? "BUY" : "SELL",
            }).ToList();
        return Results.Json(new { fills, cursor = "" }, Json);
    }
}
