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
using static Qari.Simulator.Dialects.Kucoin.KucoinWire;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>
/// KuCoin's private spot endpoints: accounts, HF orders (place, get/cancel by id or clientOid, active, fills), spot
/// stop orders (place, list, get/cancel by id or clientOid) and the key's own api-key record. A waiting stop lives
/// only in the stop-order endpoints; once triggered or cancelled it shows in the HF order endpoints (same id).
/// </summary>
internal static class KucoinOrderRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v1/accounts", H(state, false, (r, k) => Accounts(state, r, k))).ForDialect(dialect, 5);
        app.MapPost("/api/v1/hf/orders", H(state, true, (r, k) => Place(state, r, k, stop: false))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost("/api/v1/stop-order", H(state, true, (r, k) => Place(state, r, k, stop: true))).ForDialect(dialect, 1, placesOrder: true);
        app.MapGet("/api/v1/hf/orders/active", H(state, false, (r, k) => Active(state, r, k))).ForDialect(dialect, 2);
        app.MapGet("/api/v1/hf/orders/active/symbols", H(state, false, (_, k) => Ok(new
        {
            symbols = state.Engine.OpenOrders(k.AccountId, null).Where(o => !IsWaitingStop(o)).Select(o => Symbol(o.Symbol)).Distinct().ToList(),
        }))).ForDialect(dialect, 2);
        app.MapGet("/api/v1/hf/fills", H(state, false, (r, k) => Fills(state, r, k))).ForDialect(dialect, 2);
        app.MapGet("/api/v1/hf/orders/client-order/{clientOid}", (HttpContext c, string clientOid) =>
            H(state, false, (r, k) => HfGet(state, r, k, null, clientOid, cancel: false))(c)).ForDialect(dialect, 2);
        app.MapDelete("/api/v1/hf/orders/client-order/{clientOid}", (HttpContext c, string clientOid) =>
            H(state, true, (r, k) => HfGet(state, r, k, null, clientOid, cancel: true))(c)).ForDialect(dialect, 1);
        app.MapGet("/api/v1/hf/orders/{orderId}", (HttpContext c, string orderId) =>
            H(state, false, (r, k) => HfGet(state, r, k, orderId, null, cancel: false))(c)).ForDialect(dialect, 2);
        app.MapDelete("/api/v1/hf/orders/{orderId}", (HttpContext c, string orderId) =>
            H(state, true, (r, k) => HfGet(state, r, k, orderId, null, cancel: true))(c)).ForDialect(dialect, 1);
        app.MapGet("/api/v1/stop-order", H(state, false, (r, k) => StopList(state, r, k))).ForDialect(dialect, 8);
        app.MapGet("/api/v1/stop-order/queryOrderByClientOid", H(state, false, (r, k) => Ok(WaitingStops(state, r, k).Where(o => o.ClientOrderId == r["clientOid"])
            .Select(KucoinOrderJson.Stop).ToList()))).ForDialect(dialect, 3);
        app.MapDelete("/api/v1/stop-order/cancelOrderByClientOid", H(state, true, (r, k) => StopCancel(state, k, WaitingStops(state, r, k).FirstOrDefault(o => o.ClientOrderId == r["clientOid"]), byClient: true))).ForDialect(dialect, 5);
        app.MapGet("/api/v1/stop-order/{orderId}", (HttpContext c, string orderId) =>
            H(state, false, (_, k) => StopById(state, k, orderId) is { } o ? Ok(KucoinOrderJson.Stop(o)) : OrderNotFound(cancel: false))(c)).ForDialect(dialect, 3);
        app.MapDelete("/api/v1/stop-order/{orderId}", (HttpContext c, string orderId) =>
            H(state, true, (_, k) => StopCancel(state, k, StopById(state, k, orderId), byClient: false))(c)).ForDialect(dialect, 3);
        app.MapGet("/api/v1/user/api-key", H(state, false, (_, k) => ApiKey(k))).ForDialect(dialect, 20);
    }

    private static Func<HttpContext, Task<IResult>> H(SimulatorState state, bool trade, Func<WireRequest, SimKey, IResult> handle) => async context =>
    {
        var (request, key, error) = await KucoinAuth.VerifyAsync(context, state, trade).ConfigureAwait(false);
        return error ?? handle(request, key!);
    };

    private static IResult Accounts(SimulatorState state, WireRequest r, SimKey k)
    {
        if (r["type"] is { } type && type != "trade") return Ok(Array.Empty<object>());
        return Ok(state.Engine.Balances(k.AccountId).Where(b => r["currency"] is null || b.Asset == r["currency"]).Select(b => new
        {
            id = k.AccountId + "-" + b.Asset, currency = b.Asset, type = "trade", balance = D(b.Free + b.Locked), available = D(b.Free), holds = D(b.Locked),
        }).ToList());
    }

    private static IResult Place(SimulatorState state, WireRequest r, SimKey k, bool stop)
    {
        Dictionary<string, string> body;
        try
        {
            using var doc = JsonDocument.Parse(r.RawBody.Length == 0 ? "{}" : r.RawBody);
            body = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
        }
        catch (JsonException)
        {
            return Error("400100", "The request body is not valid JSON.", 400);
        }
        string? F(string name) => body.GetValueOrDefault(name) is { Length: > 0 } v ? v : null;
        if (F("clientOid") is not { } clientOid) return Error("400100", "clientOid can not be empty", 400);
        if (clientOid.Length > 40 || !clientOid.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return Error("400100", "clientOid invalid", 400);
        if (ParseSymbol(F("symbol"), state.Engine) is not { } symbol) return SymbolNotFound();
        OrderSide? side = F("side") switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };
        if (side is null) return Error("400100", "side invalid", 400);
        decimal? Num(string name) => decimal.TryParse(F(name), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
        var (size, funds, price, stopPrice) = (Num("size"), Num("funds"), Num("price"), Num("stopPrice"));
        var tif = F("timeInForce") switch { null or "GTC" => TimeInForce.GoodTillCanceled, "IOC" => TimeInForce.ImmediateOrCancel, "FOK" => TimeInForce.FillOrKill, _ => (TimeInForce?)null };
        if (tif is null) return Error("400100", "timeInForce invalid", 400);
        if (F("postOnly") == "true") tif = TimeInForce.PostOnly;
        OrderType type;
        switch (F("type"))
        {
            case "limit":
                if (price is null || size is null) return Error("400100", "price and size are required for limit orders", 400);
                type = stop ? OrderType.StopLimit : OrderType.Limit;
                break;
            case "market":
                if ((size is null) == (funds is null)) return Error("400100", "one of size or funds is required for market orders", 400);
                (type, price) = (stop ? OrderType.StopMarket : OrderType.Market, null);
                break;
            default:
                return Error("400100", "type invalid", 400);
        }
        if (stop)
        {
            if (stopPrice is null) return Error("400100", "stopPrice is required", 400);
            // The engine triggers sell stops on a fall and buy stops on a rise: KuCoin's "loss" and "entry".
            var expected = side == OrderSide.Sell ? "loss" : "entry";
            if (F("stop") != expected) return Error("400100", $"stop must be '{expected}' for a {F("side")} stop order in this simulator", 400);
            if (size is null) return Error("400100", "size is required for stop orders", 400);
        }
        var result = state.Engine.Place(new SimOrderRequest(k.AccountId, symbol, side.Value, type, clientOid, size, funds, price, stop ? stopPrice : null,
            tif.Value, DuplicateClientIdBehaviour.AlwaysRejected));
        if (!result.IsSuccess) return Reject(result.Reject!.Value, state.Engine.Market(symbol), size);
        return Ok(new { orderId = Id(result.Order!.Id), clientOid });
    }

    private static IResult HfGet(SimulatorState state, WireRequest r, SimKey k, string? orderId, string? clientOid, bool cancel)
    {
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return SymbolNotFound();
        var order = orderId is not null
            ? ParseId(orderId) is { } id ? state.Engine.Find(k.AccountId, symbol, id, null) : null
            : state.Engine.Find(k.AccountId, symbol, null, clientOid);
        if (order is null || IsWaitingStop(order)) return OrderNotFound(cancel);
        if (!cancel) return Ok(KucoinOrderJson.Hf(order));
        var result = state.Engine.Cancel(k.AccountId, symbol, order.Id, null);
        if (!result.IsSuccess) return OrderNotFound(cancel: true);
        return orderId is not null ? Ok(new { orderId }) : Ok(new { clientOid });
    }

    private static IResult Active(SimulatorState state, WireRequest r, SimKey k)
    {
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return SymbolNotFound();
        return Ok(state.Engine.OpenOrders(k.AccountId, symbol).Where(o => !IsWaitingStop(o)).Select(KucoinOrderJson.Hf).ToList());
    }

    private static IResult Fills(SimulatorState state, WireRequest r, SimKey k)
    {
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return SymbolNotFound();
        long? L(string name) => long.TryParse(r[name], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var (start, end, lastId, limit) = (L("startAt"), L("endAt"), L("lastId"), (int)(L("limit") ?? 20));
        if (limit is < 1 or > 100) return Error("400100", "limit invalid", 400);
        var orders = state.Engine.AllOrders(k.AccountId, symbol).ToDictionary(o => o.Id);
        var items = state.Engine.Fills(k.AccountId, symbol)
            .Where(f => (start is null || f.TimeMs >= start) && (end is null || f.TimeMs <= end) && (lastId is null || f.TradeId < lastId))
            .OrderByDescending(f => f.TradeId).Take(limit).ToList();
        return Ok(new { items = items.Select(f => KucoinOrderJson.Fill(f, orders[f.OrderId])).ToList(), lastId = items.Count > 0 ? items[^1].TradeId : (long?)null });
    }

    private static IEnumerable<SimOrder> WaitingStops(SimulatorState state, WireRequest r, SimKey k)
    {
        var symbol = r["symbol"] is { } text ? ParseSymbol(text, state.Engine) : null;
        return state.Engine.OpenOrders(k.AccountId, symbol).Where(IsWaitingStop);
    }

    private static IResult StopList(SimulatorState state, WireRequest r, SimKey k)
    {
        var page = int.TryParse(r["currentPage"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(r["pageSize"], out var s) && s is > 0 and <= 500 ? s : 50;
        var all = WaitingStops(state, r, k).OrderByDescending(o => o.CreatedMs).ToList();
        return Ok(new
        {
            currentPage = page, pageSize = size, totalNum = all.Count, totalPage = Math.Max(1, (all.Count + size - 1) / size),
            items = all.Skip((page - 1) * size).Take(size).Select(KucoinOrderJson.Stop).ToList(),
        });
    }

    private static SimOrder? StopById(SimulatorState state, SimKey k, string orderId)
    {
        if (ParseId(orderId) is not { } id) return null;
        return state.Engine.OpenOrders(k.AccountId, null).FirstOrDefault(o => o.Id == id && IsWaitingStop(o));
    }

    private static IResult StopCancel(SimulatorState state, SimKey k, SimOrder? order, bool byClient)
    {
        if (order is null) return OrderNotFound(cancel: true);
        var result = state.Engine.Cancel(k.AccountId, order.Symbol, order.Id, null);
        if (!result.IsSuccess) return OrderNotFound(cancel: true);
        return byClient ? Ok(new { cancelledOrderId = Id(order.Id), clientOid = order.ClientOrderId }) : Ok(new { cancelledOrderIds = new[] { Id(order.Id) } });
    }

    private static IResult ApiKey(SimKey k)
    {
        var permissions = new List<string>();
        if (k.Read) permissions.Add("General");
        if (k.SpotTrade) permissions.Add("Spot");
        if (k.Margin) permissions.Add("Margin");
        if (k.Futures) permissions.Add("Futures");
        if (k.Transfer) permissions.Add("InnerTransfer");
        if (k.Withdraw) permissions.Add("Transfer");
        return Ok(new
        {
            remark = "qari-simulator", apiKey = k.KeyId, apiVersion = 2, permission = string.Join(',', permissions),
            ipWhitelist = string.Join(',', k.AllowedIps ?? []), createdAt = k.CreatedMs, uid = Math.Abs(k.AccountId.GetHashCode(StringComparison.Ordinal)), isMaster = true,
        });
    }
}
