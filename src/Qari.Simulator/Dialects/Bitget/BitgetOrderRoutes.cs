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
using static Qari.Simulator.Dialects.Bitget.BitgetWire;

namespace Qari.Simulator.Dialects.Bitget;

/// <summary>Bitget's signed endpoints: assets, account info, spot orders, plan orders, fills. A reused clientOid is always refused.</summary>
internal static class BitgetOrderRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v2/spot/account/assets", H(c => Signed(c, state, false, (_, k) => Ok(state.Engine.Balances(k.AccountId)
            .Select(b => new { coin = b.Asset, available = D(b.Free), frozen = "0", locked = D(b.Locked), limitAvailable = "0", uTime = state.NowMs.ToString(CultureInfo.InvariantCulture) })
            .ToList(), state.NowMs)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/account/info", H(c => Signed(c, state, false, (_, k) => Ok(Info(k), state.NowMs)))).ForDialect(dialect);
        app.MapPost("/api/v2/spot/trade/place-order", H(c => Signed(c, state, true, (r, k) => Place(state, r, k, plan: false)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost("/api/v2/spot/trade/place-plan-order", H(c => Signed(c, state, true, (r, k) => Place(state, r, k, plan: true)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost("/api/v2/spot/trade/cancel-order", H(c => Signed(c, state, true, (r, k) => Cancel(state, r, k, plan: false)))).ForDialect(dialect);
        app.MapPost("/api/v2/spot/trade/cancel-plan-order", H(c => Signed(c, state, true, (r, k) => Cancel(state, r, k, plan: true)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/trade/orderInfo", H(c => Signed(c, state, false, (r, k) => Ok(Find(state, k.AccountId, r["orderId"], r["clientOid"])
            .Where(o => !IsPendingPlan(o)).Select(Order).ToList(), state.NowMs)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/trade/unfilled-orders", H(c => Signed(c, state, false, (r, k) => Ok(Open(state, r, k)
            .Where(o => !IsPendingPlan(o)).Select(Order).ToList(), state.NowMs)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/trade/current-plan-order", H(c => Signed(c, state, false, (r, k) => Ok(new
        {
            nextFlag = false, idLessThan = "", orderList = Open(state, r, k).Where(IsPendingPlan).Select(Plan).ToList(),
        }, state.NowMs)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/trade/history-plan-order", H(c => Signed(c, state, false, (r, k) => History(state, r, k)))).ForDialect(dialect);
        app.MapGet("/api/v2/spot/trade/fills", H(c => Signed(c, state, false, (r, k) => Fills(state, r, k)))).ForDialect(dialect);
    }

    private static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    private static async Task<IResult> Signed(HttpContext context, SimulatorState state, bool trade, Func<WireRequest, SimKey, IResult> handle)
    {
        var (request, key, error) = await BitgetAuth.VerifyAsync(context, state, trade).ConfigureAwait(false);
        return error ?? handle(request, key!);
    }

    private static object Info(SimKey k)
    {
        var authorities = new List<string>();
        if (k.Read) authorities.Add("readonly");
        if (k.SpotTrade) authorities.Add("trade");
        if (k.Withdraw) authorities.Add("withdraw");
        if (k.Transfer) authorities.Add("transfer");
        if (k.Margin) authorities.Add("margin");
        if (k.Futures) authorities.Add("contract");
        return new
        {
            userId = k.AccountId, inviterId = (string?)null, ips = string.Join(',', k.AllowedIps ?? []), authorities, parentId = 0,
            traderType = "", channelCode = "", channel = "", regisTime = k.CreatedMs.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static IResult Place(SimulatorState state, WireRequest r, SimKey key, bool plan)
    {
        var now = state.NowMs;
        var p = JsonParams.Parse(r.RawBody);
        if (!p.IsValid) return Error("40017", "Parameter verification failed: body is not JSON", now);
        if (ParseSymbol(p["symbol"], state.Engine) is not { } symbol) return Error("40034", "Parameter symbol does not exist", now);
        OrderSide side;
        if (p["side"] == "buy") side = OrderSide.Buy;
        else if (p["side"] == "sell") side = OrderSide.Sell;
        else return Error("40017", "Parameter side error", now);
        var (size, badSize) = p.Decimal("size");
        var (price, badPrice) = p.Decimal(plan ? "executePrice" : "price");
        var (trigger, badTrigger) = p.Decimal("triggerPrice");
        if (badSize || badPrice || badTrigger || size is null) return Error("40017", "Parameter size/price verification failed", now);
        var tif = p["force"] switch
        {
            null or "gtc" => TimeInForce.GoodTillCanceled,
            "ioc" => TimeInForce.ImmediateOrCancel,
            "fok" => TimeInForce.FillOrKill,
            "post_only" => TimeInForce.PostOnly,
            _ => (TimeInForce?)null,
        };
        if (tif is null) return Error("40017", "Parameter force error", now);
        OrderType type;
        decimal? quantity = size, quote = null;
        switch (p["orderType"])
        {
            case "limit":
                if (price is null) return Error("40017", "Parameter price cannot be empty", now);
                type = plan ? OrderType.StopLimit : OrderType.Limit;
                break;
            case "market":
                type = plan ? OrderType.StopMarket : OrderType.Market;
                price = null;
                // Bitget reads a market buy's size as the quote amount to spend.
                if (!plan && side == OrderSide.Buy) (quantity, quote) = (null, size);
                break;
            default:
                return Error("40017", "Parameter orderType error", now);
        }
        if (plan && trigger is null) return Error("40017", "Parameter triggerPrice cannot be empty", now);
        if (!plan && trigger is not null) return Error("40017", "Use place-plan-order for trigger orders", now);
        var clientId = p["clientOid"];
        if (clientId is not null && (clientId.Length is 0 or > 50)) return Error("40017", "Parameter clientOid error", now);
        clientId ??= state.Engine.GenerateClientOrderId("bg");
        var result = state.Engine.Place(new SimOrderRequest(key.AccountId, symbol, side, type, clientId, quantity, quote, price, trigger,
            plan ? TimeInForce.GoodTillCanceled : tif.Value, DuplicateClientIdBehaviour.AlwaysRejected));
        if (!result.IsSuccess) return Reject(result.Reject!.Value, now);
        return Ok(new { orderId = result.Order!.Id.ToString(CultureInfo.InvariantCulture), clientOid = result.Order.ClientOrderId }, now);
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key, bool plan)
    {
        var now = state.NowMs;
        var p = JsonParams.Parse(r.RawBody);
        if (!p.IsValid) return Error("40017", "Parameter verification failed: body is not JSON", now);
        var order = Find(state, key.AccountId, p["orderId"], p["clientOid"]).LastOrDefault(o => o.IsOpen && IsPendingPlan(o) == plan);
        if (order is null) return Reject(SimReject.UnknownOrder, now);
        var result = state.Engine.Cancel(key.AccountId, order.Symbol, order.Id, null);
        if (!result.IsSuccess) return Reject(result.Reject!.Value, now);
        return Ok(new { orderId = order.Id.ToString(CultureInfo.InvariantCulture), clientOid = order.ClientOrderId }, now);
    }

    private static IEnumerable<SimOrder> Find(SimulatorState state, string accountId, string? orderId, string? clientOid)
    {
        long? id = long.TryParse(orderId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (id is null && string.IsNullOrEmpty(clientOid)) return [];
        return state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(accountId, m.Symbol))
            .Where(o => id is { } x ? o.Id == x : o.ClientOrderId == clientOid).OrderBy(o => o.Id).ToList();
    }

    private static IEnumerable<SimOrder> Open(SimulatorState state, WireRequest r, SimKey key)
    {
        Symbol? symbol = r["symbol"] is { } text ? ParseSymbol(text, state.Engine) : null;
        if (r["symbol"] is not null && symbol is null) return [];
        return state.Engine.OpenOrders(key.AccountId, symbol);
    }

    private static IResult History(SimulatorState state, WireRequest r, SimKey key)
    {
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return Error("40034", "Parameter symbol does not exist", state.NowMs);
        long.TryParse(r["startTime"], out var start);
        var end = long.TryParse(r["endTime"], out var e) ? e : long.MaxValue;
        var plans = state.Engine.AllOrders(key.AccountId, symbol)
            .Where(o => IsPlan(o) && (o.IsWorking || !o.IsOpen) && o.CreatedMs >= start && o.CreatedMs <= end).Select(Plan).ToList();
        return Ok(new { nextFlag = false, idLessThan = "", orderList = plans }, state.NowMs);
    }

    private static IResult Fills(SimulatorState state, WireRequest r, SimKey key)
    {
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return Error("40034", "Parameter symbol does not exist", state.NowMs);
        var limit = int.TryParse(r["limit"], out var l) ? l : 100;
        if (limit is < 1 or > 100) return Error("40020", "Parameter limit error", state.NowMs);
        long.TryParse(r["startTime"], out var start);
        var end = long.TryParse(r["endTime"], out var e) ? e : long.MaxValue;
        long? before = long.TryParse(r["idLessThan"], out var b) ? b : null;
        long? orderId = long.TryParse(r["orderId"], out var o) ? o : null;
        var fills = state.Engine.Fills(key.AccountId, symbol)
            .Where(f => f.TimeMs >= start && f.TimeMs <= end && (before is null || f.TradeId < before) && (orderId is null || f.OrderId == orderId))
            .OrderByDescending(f => f.TradeId).Take(limit).Select(Fill).ToList();
        return Ok(fills, state.NowMs);
    }
}
