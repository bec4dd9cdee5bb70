using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Okx.OkxAuth;
using static Qari.Simulator.Dialects.Okx.OkxWire;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>
/// OKX's algo endpoints for spot stops: place (<c>conditional</c> stop-loss via slTriggerPx/slOrdPx, or
/// <c>trigger</c> via triggerPx/orderPx; "-1" = market), get one, cancel, pending. Take-profit legs are not served.
/// </summary>
internal static class OkxAlgoRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, OkxDialect dialect)
    {
        app.MapPost("/api/v5/trade/order-algo", H(c => Signed(c, state, true, (r, k) => Place(state, dialect, r, k)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapGet("/api/v5/trade/order-algo", H(c => Signed(c, state, false, (r, k) => Get(state, dialect, r, k)))).ForDialect(dialect);
        app.MapPost("/api/v5/trade/cancel-algos", H(c => Signed(c, state, true, (r, k) => Cancel(state, r, k)))).ForDialect(dialect);
        app.MapGet("/api/v5/trade/orders-algo-pending", H(c => Signed(c, state, false, (r, k) => Pending(state, dialect, r, k)))).ForDialect(dialect);
    }

    private static IResult Place(SimulatorState state, OkxDialect dialect, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error("50002", "JSON syntax error");
        if (ParseInstId(f.GetValueOrDefault("instId"), state.Engine) is not { } symbol) return Error("51001", "Instrument ID does not exist");
        if (f.GetValueOrDefault("tdMode") != "cash") return Error("51000", "Parameter tdMode error: the simulator serves cash (spot) trading only");
        OrderSide side;
        switch (f.GetValueOrDefault("side"))
        {
            case "buy": side = OrderSide.Buy; break;
            case "sell": side = OrderSide.Sell; break;
            default: return Error("51000", "Parameter side error");
        }
        var ordType = f.GetValueOrDefault("ordType");
        var (triggerField, priceField) = ordType switch
        {
            "conditional" => ("slTriggerPx", "slOrdPx"),
            "trigger" => ("triggerPx", "orderPx"),
            _ => ((string, string)?)null,
        } ?? (null!, null!);
        if (triggerField is null) return Error("51000", "Parameter ordType error: the simulator serves conditional and trigger algo orders");
        var (size, sizeOk) = Decimal(f, "sz");
        var (trigger, triggerOk) = Decimal(f, triggerField);
        var (orderPx, pxOk) = Decimal(f, priceField);
        if (!sizeOk || size is null) return Error("51000", "Parameter sz error");
        if (!triggerOk || trigger is null) return Error("51000", $"Parameter {triggerField} error");
        if (!pxOk || orderPx is null) return Error("51000", $"Parameter {priceField} error");
        var algoClOrdId = f.GetValueOrDefault("algoClOrdId");
        if (algoClOrdId is not null && !IsValidClientId(algoClOrdId)) return Error("51000", "Parameter algoClOrdId error");
        var market = orderPx == -1m;
        var request = new SimOrderRequest(key.AccountId, symbol, side, market ? OrderType.StopMarket : OrderType.StopLimit,
            algoClOrdId ?? state.Engine.GenerateClientOrderId(GeneratedPrefix), Quantity: size, Price: market ? null : orderPx, StopPrice: trigger,
            Duplicates: DuplicateClientIdBehaviour.RejectedWhileOpen);
        var result = state.Engine.Place(request);
        var item = new Dictionary<string, object?> { ["algoClOrdId"] = algoClOrdId ?? "", ["algoId"] = "", ["clOrdId"] = "", ["tag"] = "" };
        if (!result.IsSuccess)
        {
            var (code, message) = Reject(result, state.Engine.Market(symbol), size);
            return ItemFailed(item, code, message, now);
        }
        dialect.AlgoTypes[result.Order!.Id] = ordType!;
        item["algoId"] = Ms(result.Order.Id);
        return ItemOk(item, "Order placed", now);
    }

    private static IResult Get(SimulatorState state, OkxDialect dialect, WireRequest r, SimKey key)
    {
        if (r["algoId"] is null && r["algoClOrdId"] is null) return Error("51000", "Parameter algoId error");
        var order = Find(state, key, r["algoId"], r["algoClOrdId"]);
        return order is null ? Error("51603", "Order does not exist") : Ok(new[] { OkxOrderJson.Algo(order, dialect.AlgoTypes.GetValueOrDefault(order.Id, "conditional")) });
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error("50002", "JSON syntax error");
        var item = new Dictionary<string, object?> { ["algoClOrdId"] = "", ["algoId"] = f.GetValueOrDefault("algoId") ?? "", ["clOrdId"] = "", ["tag"] = "" };
        var order = Find(state, key, f.GetValueOrDefault("algoId"), f.GetValueOrDefault("algoClOrdId"));
        // Only a stop still waiting for its trigger can be cancelled as an algo order.
        if (order is null || order.IsWorking || !order.IsOpen || InstId(order.Symbol) != f.GetValueOrDefault("instId"))
            return ItemFailed(item, "51400", "Cancellation failed as the order has been filled, canceled or does not exist.", now);
        var result = state.Engine.Cancel(key.AccountId, order.Symbol, order.Id, null);
        if (!result.IsSuccess) return ItemFailed(item, "51400", "Cancellation failed as the order has been filled, canceled or does not exist.", now);
        item["algoId"] = Ms(order.Id);
        return ItemOk(item, "", now);
    }

    private static IResult Pending(SimulatorState state, OkxDialect dialect, WireRequest r, SimKey key)
    {
        if (r["ordType"] is not { } ordType) return Error("51000", "Parameter ordType error");
        if (r["instType"] is { } type && type != "SPOT") return Ok(Array.Empty<object>());
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["instId"] is { } text && (symbol = ParseInstId(text, state.Engine)) is null) return Error("51001", "Instrument ID does not exist");
        var limit = r["limit"] is null ? 100 : (int)(Long(r["limit"]) ?? -1);
        if (limit is < 1 or > 100) return Error("51000", "Parameter limit error");
        var types = ordType.Split(',');
        var rows = state.Engine.OpenOrders(key.AccountId, symbol)
            .Where(o => IsStop(o) && !o.IsWorking && types.Contains(dialect.AlgoTypes.GetValueOrDefault(o.Id, "conditional"), StringComparer.Ordinal))
            .OrderByDescending(o => o.Id).ToList();
        if (Long(r["after"]) is { } after) rows = rows.Where(o => o.Id < after).ToList();
        return Ok(rows.Take(limit).Select(o => OkxOrderJson.Algo(o, dialect.AlgoTypes.GetValueOrDefault(o.Id, "conditional"))).ToList());
    }

    private static SimOrder? Find(SimulatorState state, SimKey key, string? algoId, string? algoClOrdId)
    {
        var id = algoId is null ? null : OkxWire.Long(algoId);
        if (algoId is not null && id is null) return null;
        foreach (var market in state.Engine.Markets)
        {
            var order = state.Engine.Find(key.AccountId, market.Symbol, id, id is null ? algoClOrdId : null);
            if (order is not null && IsStop(order)) return order;
        }
        return null;
    }
}
