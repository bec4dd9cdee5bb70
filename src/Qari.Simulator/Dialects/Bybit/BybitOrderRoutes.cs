using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Bybit.BybitWire;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit's spot order endpoints: create (incl. TP/SL orders), cancel, realtime, history.</summary>
internal static class BybitOrderRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapPost("/v5/order/create", H(c => Signed(c, state, true, (r, k) => Create(state, r, k)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost("/v5/order/cancel", H(c => Signed(c, state, true, (r, k) => Cancel(state, r, k)))).ForDialect(dialect);
        app.MapGet("/v5/order/realtime", H(c => Signed(c, state, false, (r, k) => List(state, r, k, open: true)))).ForDialect(dialect);
        app.MapGet("/v5/order/history", H(c => Signed(c, state, false, (r, k) => List(state, r, k, open: false)))).ForDialect(dialect);
    }

    /// <summary>Types a handler as a route delegate, so its IResult is written to the response.</summary>
    public static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    /// <summary>Verifies the request, then runs the handler with the key.</summary>
    public static async Task<IResult> Signed(HttpContext context, SimulatorState state, bool trade, Func<WireRequest, SimKey, IResult> handle)
    {
        var (request, key, error) = await BybitAuth.VerifyAsync(context, state, trade).ConfigureAwait(false);
        return error ?? handle(request, key!);
    }

    private static IResult Create(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error(10001, "params error: request body is not a JSON object", now);
        if (f.GetValueOrDefault("category") != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        if (ParseSymbol(f.GetValueOrDefault("symbol"), state.Engine) is not { } symbol) return Error(170121, "Invalid symbol.", now);
        OrderSide side;
        switch (f.GetValueOrDefault("side"))
        {
            case "Buy": side = OrderSide.Buy; break;
            case "Sell": side = OrderSide.Sell; break;
            default: return Error(10001, "params error: side invalid", now);
        }
        var (qty, qtyOk) = Decimal(f, "qty");
        var (price, priceOk) = Decimal(f, "price");
        var (trigger, triggerOk) = Decimal(f, "triggerPrice");
        if (!qtyOk || !priceOk || !triggerOk) return Error(10001, "params error: qty, price and triggerPrice must be decimal strings", now);
        if (qty is null) return Error(10001, "params error: qty is required", now);
        var filter = f.GetValueOrDefault("orderFilter") ?? "Order";
        var stop = filter switch { "Order" => false, "tpslOrder" or "StopOrder" => true, _ => (bool?)null };
        if (stop is null) return Error(10001, "params error: orderFilter invalid", now);
        if (stop == true && trigger is null) return Error(10001, "params error: triggerPrice is required for TP/SL and conditional orders", now);
        var tif = f.GetValueOrDefault("timeInForce") switch
        {
            null or "GTC" => TimeInForce.GoodTillCanceled,
            "IOC" => TimeInForce.ImmediateOrCancel,
            "FOK" => TimeInForce.FillOrKill,
            "PostOnly" => TimeInForce.PostOnly,
            _ => (TimeInForce?)null,
        };
        if (tif is null) return Error(10001, "params error: timeInForce invalid", now);
        var linkId = f.GetValueOrDefault("orderLinkId");
        if (linkId is not null && (linkId.Length is 0 or > 36 || !linkId.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-')))
            return Error(10001, "params error: orderLinkId must be 1-36 characters of A-Z a-z 0-9 _ -", now);
        SimOrderRequest request;
        switch (f.GetValueOrDefault("orderType"))
        {
            case "Limit":
                if (price is null) return Error(10001, "params error: price is required for Limit orders", now);
                request = new SimOrderRequest(key.AccountId, symbol, side, stop == true ? OrderType.StopLimit : OrderType.Limit, "",
                    Quantity: qty, Price: price, StopPrice: stop == true ? trigger : null, TimeInForce: tif.Value);
                break;
            case "Market":
                // Spot market buys are in quote unless marketUnit says baseCoin; TP/SL orders do not take marketUnit.
                var quote = side == OrderSide.Buy && f.GetValueOrDefault("marketUnit") != "baseCoin";
                if (stop == true && quote) return Error(10001, "params error: the simulator serves TP/SL market orders sized in base only (sell stops)", now);
                request = new SimOrderRequest(key.AccountId, symbol, side, stop == true ? OrderType.StopMarket : OrderType.Market, "",
                    Quantity: quote ? null : qty, QuoteAmount: quote ? qty : null, StopPrice: stop == true ? trigger : null);
                break;
            default:
                return Error(10001, "params error: orderType invalid", now);
        }
        request = request with
        {
            ClientOrderId = linkId ?? state.Engine.GenerateClientOrderId(BybitOrderJson.GeneratedPrefix),
            Duplicates = DuplicateClientIdBehaviour.AlwaysRejected,
        };
        var result = state.Engine.Place(request);
        if (!result.IsSuccess) return Reject(result, state.Engine.Market(symbol), qty, now);
        return Ok(new { orderId = result.Order!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), orderLinkId = BybitOrderJson.LinkId(result.Order) }, now);
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error(10001, "params error: request body is not a JSON object", now);
        if (f.GetValueOrDefault("category") != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        if (ParseSymbol(f.GetValueOrDefault("symbol"), state.Engine) is not { } symbol) return Error(170121, "Invalid symbol.", now);
        var orderId = Long(f.GetValueOrDefault("orderId"));
        var linkId = orderId is null ? f.GetValueOrDefault("orderLinkId") : null;
        if (orderId is null && linkId is null) return Error(10001, "params error: orderId or orderLinkId is required", now);
        var order = state.Engine.Find(key.AccountId, symbol, orderId, linkId);
        // A TP/SL order is only found when named with its orderFilter, and a plain order only without one.
        var filter = f.GetValueOrDefault("orderFilter") ?? "Order";
        if (order is null || IsStop(order) != filter is "tpslOrder" or "StopOrder") return Error(170213, "Order does not exist.", now);
        var result = state.Engine.Cancel(key.AccountId, symbol, order.Id, null);
        if (!result.IsSuccess) return Reject(result, null, null, now);
        return Ok(new { orderId = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), orderLinkId = BybitOrderJson.LinkId(order) }, now);
    }

    private static IResult List(SimulatorState state, WireRequest r, SimKey key, bool open)
    {
        var now = state.NowMs;
        if (r["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["symbol"] is { } text && (symbol = ParseSymbol(text, state.Engine)) is null) return Error(170121, "Invalid symbol.", now);
        var limit = r["limit"] is null ? 20 : (int)(Long(r["limit"]) ?? -1);
        if (limit is < 1 or > 50) return Error(10001, "params error: limit must be in [1, 50]", now);
        var orderId = Long(r["orderId"]);
        var linkId = r["orderLinkId"];
        var markets = symbol is { } s ? [s] : state.Engine.Markets.Select(m => m.Symbol).ToList();
        var orders = markets.SelectMany(m => state.Engine.AllOrders(key.AccountId, m))
            .Where(o => (orderId is null || o.Id == orderId) && (linkId is null || o.ClientOrderId == linkId))
            // Realtime lists open orders unless asked for one order by id; history lists closed ones.
            .Where(o => orderId is not null || linkId is not null || (open ? o.IsOpen : !o.IsOpen))
            .OrderByDescending(o => o.Id).ToList();
        if (Long(r["cursor"]) is { } after) orders = orders.Where(o => o.Id < after).ToList();
        var page = orders.Take(limit).ToList();
        var next = orders.Count > limit ? page[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return Ok(new { list = page.Select(BybitOrderJson.Order).ToList(), nextPageCursor = next, category = "spot" }, now);
    }
}
