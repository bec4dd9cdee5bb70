using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Gate.GateWire;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>
/// Gate's private spot endpoints: accounts, orders (place, get/cancel by id or <c>t-</c> text, list, open orders of
/// all pairs), my_trades, price-triggered orders and <c>/account/detail</c>. A price order's fired spot order has its
/// own id (price order id + <see cref="GateWire.FiredOffset"/>); <c>text</c> is a label and not enforced unique.
/// </summary>
internal static class GateOrderRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet(Prefix + "/spot/accounts", H(state, false, (r, k) => Ok(state.Engine.Balances(k.AccountId).Where(b => r["currency"] is null || b.Asset == r["currency"])
            .Select(b => new { currency = b.Asset, available = D(b.Free), locked = D(b.Locked), update_id = state.NowMs }).ToList()))).ForDialect(dialect);
        app.MapPost(Prefix + "/spot/orders", H(state, true, (r, k) => Place(state, r, k))).ForDialect(dialect, placesOrder: true);
        app.MapGet(Prefix + "/spot/orders", H(state, false, (r, k) => List(state, r, k))).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/orders/{orderId}", (HttpContext c, string orderId) => H(state, false, (r, k) => GetOrCancel(state, r, k, orderId, cancel: false))(c)).ForDialect(dialect);
        app.MapDelete(Prefix + "/spot/orders/{orderId}", (HttpContext c, string orderId) => H(state, true, (r, k) => GetOrCancel(state, r, k, orderId, cancel: true))(c)).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/open_orders", H(state, false, (_, k) => Ok(SpotOrders(state, k, null).Where(o => o.IsOpen).GroupBy(o => o.Symbol)
            .Select(g => new { currency_pair = Pair(g.Key), total = g.Count(), orders = g.Select(GateOrderJson.Spot).ToList() }).ToList()))).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/my_trades", H(state, false, (r, k) => Trades(state, r, k))).ForDialect(dialect);
        app.MapPost(Prefix + "/spot/price_orders", H(state, true, (r, k) => PlacePrice(state, r, k))).ForDialect(dialect, placesOrder: true);
        app.MapGet(Prefix + "/spot/price_orders", H(state, false, (r, k) => PriceList(state, r, k))).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/price_orders/{orderId}", (HttpContext c, string orderId) =>
            H(state, false, (_, k) => Stop(state, k, orderId) is { } o ? Ok(GateOrderJson.Price(o)) : Error("AUTO_ORDER_NOT_FOUND", "Price order not found", 404))(c)).ForDialect(dialect);
        app.MapDelete(Prefix + "/spot/price_orders/{orderId}", (HttpContext c, string orderId) => H(state, true, (_, k) => CancelPrice(state, k, orderId))(c)).ForDialect(dialect);
        app.MapGet(Prefix + "/account/main_keys", H(state, false, (_, k) => Ok(state.Keys.All
            .Where(key => key.AccountId == k.AccountId && key.Exchange is null or Qari.Model.Ids.ExchangeId.Gate && !key.Revoked)
            .Select(key => new
            {
                state = 1, mode = 1, name = "qari-simulator", user_id = Math.Abs(key.AccountId.GetHashCode(StringComparison.Ordinal)), perms = Perms(key),
                ip_whitelist = key.AllowedIps ?? [], currency_pairs = Array.Empty<string>(), key = key.KeyId[..Math.Min(12, key.KeyId.Length)] + "*****",
                created_at = key.CreatedMs / 1000, update_at = key.CreatedMs / 1000, last_access = state.NowMs / 1000,
            }).ToList()))).ForDialect(dialect);
        app.MapGet(Prefix + "/account/detail", H(state, false, (_, k) => Ok(new
        {
            user_id = Math.Abs(k.AccountId.GetHashCode(StringComparison.Ordinal)), ip_whitelist = k.AllowedIps ?? [], currency_pairs = Array.Empty<string>(),
            key = new { mode = 1 }, tier = 0,
        }))).ForDialect(dialect);
    }

    private static Func<HttpContext, Task<IResult>> H(SimulatorState state, bool trade, Func<WireRequest, SimKey, IResult> handle) => async context =>
    {
        var (request, key, error) = await GateAuth.VerifyAsync(context, state, trade).ConfigureAwait(false);
        return error ?? handle(request, key!);
    };

    private static List<object> Perms(SimKey key)
    {
        var perms = new List<object>();
        if (key.Read) perms.Add(new { name = "account", read_only = true });
        if (key.Read || key.SpotTrade) perms.Add(new { name = "spot", read_only = !key.SpotTrade });
        if (key.Withdraw || key.Transfer) perms.Add(new { name = "wallet", read_only = false });
        if (key.Margin) perms.Add(new { name = "margin", read_only = false });
        if (key.Futures) perms.Add(new { name = "futures", read_only = false });
        return perms;
    }

    private static Dictionary<string, JsonElement>? Body(string raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw.Length == 0 ? "{}" : raw);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? S(Dictionary<string, JsonElement> body, string name) =>
        body.TryGetValue(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind is JsonValueKind.Null ? null : v.GetRawText() : null;

    private static decimal? N(string? text) => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static IResult Place(SimulatorState state, WireRequest r, SimKey k)
    {
        if (Body(r.RawBody) is not { } body) return Error("INVALID_REQUEST_BODY", "Request body is not valid JSON");
        var text = S(body, "text");
        if (text is not null && !ValidText(text)) return Error("INVALID_PARAM_VALUE", "text must start with 't-' and be at most 28 characters of 0-9 A-Z a-z _ . - after it");
        if (ParsePair(S(body, "currency_pair"), state.Engine) is not { } symbol) return PairNotFound();
        if (S(body, "account") is { } account && account != "spot") return Error("INVALID_PARAM_VALUE", "Only the spot account is available in this simulator");
        OrderSide? side = S(body, "side") switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };
        if (side is null) return Error("INVALID_PARAM_VALUE", "Invalid side");
        var amount = N(S(body, "amount"));
        if (amount is not > 0) return Error("INVALID_PARAM_VALUE", "Invalid amount");
        var type = S(body, "type") ?? "limit";
        TimeInForce? tif = S(body, "time_in_force") switch
        {
            null or "gtc" => TimeInForce.GoodTillCanceled, "ioc" => TimeInForce.ImmediateOrCancel, "fok" => TimeInForce.FillOrKill, "poc" => TimeInForce.PostOnly, _ => null,
        };
        if (tif is null) return Error("INVALID_PARAM_VALUE", "Invalid time_in_force");
        SimOrderRequest request;
        var clientId = text ?? state.Engine.GenerateClientOrderId("apiv4-");
        if (type == "limit")
        {
            var price = N(S(body, "price"));
            if (price is not > 0) return Error("INVALID_PARAM_VALUE", "Invalid price");
            request = new SimOrderRequest(k.AccountId, symbol, side.Value, OrderType.Limit, clientId, amount, null, price, null, tif.Value, DuplicateClientIdBehaviour.NotEnforced);
        }
        else if (type == "market")
        {
            if (tif is not (TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill) || S(body, "time_in_force") is null)
                return Error("INVALID_PARAM_VALUE", "Market orders only support time_in_force ioc or fok");
            // A market buy's amount is quote, a market sell's is base.
            request = side == OrderSide.Buy
                ? new SimOrderRequest(k.AccountId, symbol, side.Value, OrderType.Market, clientId, null, amount, null, null, TimeInForce.ImmediateOrCancel, DuplicateClientIdBehaviour.NotEnforced)
                : new SimOrderRequest(k.AccountId, symbol, side.Value, OrderType.Market, clientId, amount, null, null, null, TimeInForce.ImmediateOrCancel, DuplicateClientIdBehaviour.NotEnforced);
        }
        else return Error("INVALID_PARAM_VALUE", "Invalid order type");
        var result = state.Engine.Place(request);
        return result.IsSuccess ? Ok(GateOrderJson.Spot(result.Order!), 201) : Reject(result.Reject!.Value, state.Engine.Market(symbol), request.Quantity);
    }

    private static IResult GetOrCancel(SimulatorState state, WireRequest r, SimKey k, string orderId, bool cancel)
    {
        if (ParsePair(r["currency_pair"], state.Engine) is not { } symbol) return PairNotFound();
        var order = FindSpot(state, k, symbol, orderId);
        if (order is null) return OrderNotFound();
        if (!cancel) return Ok(GateOrderJson.Spot(order));
        if (!order.IsOpen) return order.Status == OrderStatus.Canceled ? Error("ORDER_CANCELLED", "Order cancelled") : Error("ORDER_CLOSED", "Order closed");
        var result = state.Engine.Cancel(k.AccountId, symbol, order.Id, null);
        return result.IsSuccess ? Ok(GateOrderJson.Spot(result.Order!)) : OrderNotFound();
    }

    private static SimOrder? FindSpot(SimulatorState state, SimKey k, Qari.Model.Ids.Symbol symbol, string orderId)
    {
        if (orderId.StartsWith("t-", StringComparison.Ordinal))
        {
            // Texts name orders placed with them; a fired price order's spot order is reached by its own id only.
            var byText = state.Engine.Find(k.AccountId, symbol, null, orderId);
            return byText is not null && !IsStop(byText) ? byText : null;
        }
        if (!long.TryParse(orderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (id > FiredOffset)
        {
            var stop = state.Engine.Find(k.AccountId, symbol, id - FiredOffset, null);
            return stop is not null && IsStop(stop) && stop.WorkingMs is not null ? stop : null;
        }
        var order = state.Engine.Find(k.AccountId, symbol, id, null);
        return order is not null && !IsStop(order) ? order : null;
    }

    private static IEnumerable<SimOrder> SpotOrders(SimulatorState state, SimKey k, Qari.Model.Ids.Symbol? symbol) =>
        (symbol is { } s ? state.Engine.AllOrders(k.AccountId, s) : state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(k.AccountId, m.Symbol)))
            .Where(o => !IsStop(o) || o.WorkingMs is not null);

    private static IResult List(SimulatorState state, WireRequest r, SimKey k)
    {
        if (ParsePair(r["currency_pair"], state.Engine) is not { } symbol) return PairNotFound();
        var open = r["status"] switch { "open" => true, "finished" => false, _ => (bool?)null };
        if (open is null) return Error("INVALID_PARAM_VALUE", "status must be open or finished");
        var (page, limit) = (int.TryParse(r["page"], out var p) && p > 0 ? p : 1, int.TryParse(r["limit"], out var l) && l is > 0 and <= 1000 ? l : 100);
        return Ok(SpotOrders(state, k, symbol).Where(o => o.IsOpen == open).OrderByDescending(o => o.UpdatedMs)
            .Skip((page - 1) * limit).Take(limit).Select(GateOrderJson.Spot).ToList());
    }

    private static IResult Trades(SimulatorState state, WireRequest r, SimKey k)
    {
        if (ParsePair(r["currency_pair"], state.Engine) is not { } symbol) return PairNotFound();
        long? L(string name) => long.TryParse(r[name], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var (from, to, page, limit) = (L("from"), L("to"), (int)(L("page") ?? 1), (int)(L("limit") ?? 100));
        if (limit is < 1 or > 1000 || page < 1) return Error("INVALID_PARAM_VALUE", "Invalid limit or page");
        var orders = state.Engine.AllOrders(k.AccountId, symbol).ToDictionary(o => o.Id);
        return Ok(state.Engine.Fills(k.AccountId, symbol)
            .Where(f => (from is null || f.TimeMs >= from * 1000) && (to is null || f.TimeMs <= to * 1000 + 999))
            .OrderByDescending(f => f.TradeId).Skip((page - 1) * limit).Take(limit).Select(f => GateOrderJson.Trade(f, orders[f.OrderId])).ToList());
    }

    private static IResult PlacePrice(SimulatorState state, WireRequest r, SimKey k)
    {
        if (Body(r.RawBody) is not { } body || !body.TryGetValue("trigger", out var trigger) || !body.TryGetValue("put", out var put)
            || trigger.ValueKind != JsonValueKind.Object || put.ValueKind != JsonValueKind.Object)
            return Error("INVALID_REQUEST_BODY", "trigger and put are required");
        var t = trigger.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var o = put.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        if (ParsePair(S(body, "market"), state.Engine) is not { } symbol) return PairNotFound();
        OrderSide? side = S(o, "side") switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };
        if (side is null) return Error("INVALID_PARAM_VALUE", "Invalid put.side");
        // The engine fires sell stops on a fall (<=) and buy stops on a rise (>=).
        if (S(t, "rule") != (side == OrderSide.Sell ? "<=" : ">=")) return Error("INVALID_PARAM_VALUE", "trigger.rule must be <= for sells and >= for buys in this simulator");
        if (S(o, "account") is { } account && account != "normal") return Error("INVALID_PARAM_VALUE", "Only the normal (spot) account is available in this simulator");
        var (stopPrice, price, amount) = (N(S(t, "price")), N(S(o, "price")), N(S(o, "amount")));
        if (stopPrice is not > 0 || price is not > 0 || amount is not > 0) return Error("INVALID_PARAM_VALUE", "trigger.price, put.price and put.amount are required");
        var text = S(o, "text");
        if (text is not null && !ValidText(text)) return Error("INVALID_PARAM_VALUE", "put.text must start with 't-'");
        var type = S(o, "type") switch { null or "limit" => OrderType.StopLimit, "market" => OrderType.StopMarket, _ => (OrderType?)null };
        if (type is null) return Error("INVALID_PARAM_VALUE", "Invalid put.type");
        var result = state.Engine.Place(new SimOrderRequest(k.AccountId, symbol, side.Value, type.Value, text ?? state.Engine.GenerateClientOrderId("apiv4-"), amount,
            null, type == OrderType.StopLimit ? price : null, stopPrice, TimeInForce.GoodTillCanceled, DuplicateClientIdBehaviour.NotEnforced));
        return result.IsSuccess ? Ok(new { id = result.Order!.Id }, 201) : Reject(result.Reject!.Value, state.Engine.Market(symbol), amount);
    }

    private static IEnumerable<SimOrder> Stops(SimulatorState state, SimKey k, Qari.Model.Ids.Symbol? symbol) =>
        (symbol is { } s ? state.Engine.AllOrders(k.AccountId, s) : state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(k.AccountId, m.Symbol))).Where(IsStop);

    private static SimOrder? Stop(SimulatorState state, SimKey k, string orderId) =>
        long.TryParse(orderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? Stops(state, k, null).FirstOrDefault(o => o.Id == id) : null;

    private static IResult PriceList(SimulatorState state, WireRequest r, SimKey k)
    {
        var open = r["status"] switch { "open" => true, "finished" => false, _ => (bool?)null };
        if (open is null) return Error("INVALID_PARAM_VALUE", "status must be open or finished");
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["market"] is { } market && (symbol = ParsePair(market, state.Engine)) is null) return PairNotFound();
        var (offset, limit) = (int.TryParse(r["offset"], out var o) && o >= 0 ? o : 0, int.TryParse(r["limit"], out var l) && l is > 0 and <= 100 ? l : 100);
        return Ok(Stops(state, k, symbol).Where(s => (s.IsOpen && s.WorkingMs is null) == open).OrderByDescending(s => s.Id)
            .Skip(offset).Take(limit).Select(GateOrderJson.Price).ToList());
    }

    private static IResult CancelPrice(SimulatorState state, SimKey k, string orderId)
    {
        if (Stop(state, k, orderId) is not { } stop || !stop.IsOpen || stop.WorkingMs is not null) return Error("AUTO_ORDER_NOT_FOUND", "Price order not found or not open", 404);
        var result = state.Engine.Cancel(k.AccountId, stop.Symbol, stop.Id, null);
        return result.IsSuccess ? Ok(GateOrderJson.Price(result.Order!)) : Error("AUTO_ORDER_NOT_FOUND", "Price order not found or not open", 404);
    }
}
