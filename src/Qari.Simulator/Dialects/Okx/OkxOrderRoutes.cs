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

/// <summary>OKX's regular spot order endpoints (cash mode): place, cancel, get one, pending.</summary>
internal static class OkxOrderRoutes
{
    private static readonly Dictionary<string, (OrderType Type, TimeInForce Tif)> OrdTypes = new(StringComparer.Ordinal)
    {
        ["limit"] = (OrderType.Limit, TimeInForce.GoodTillCanceled), ["post_only"] = (OrderType.Limit, TimeInForce.PostOnly),
        ["fok"] = (OrderType.Limit, TimeInForce.FillOrKill), ["ioc"] = (OrderType.Limit, TimeInForce.ImmediateOrCancel),
        ["market"] = (OrderType.Market, TimeInForce.GoodTillCanceled), ["optimal_limit_ioc"] = (OrderType.Market, TimeInForce.GoodTillCanceled),
    };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapPost("/api/v5/trade/order", H(c => Signed(c, state, true, (r, k) => Place(state, r, k)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapPost("/api/v5/trade/cancel-order", H(c => Signed(c, state, true, (r, k) => Cancel(state, r, k)))).ForDialect(dialect);
        app.MapGet("/api/v5/trade/order", H(c => Signed(c, state, false, (r, k) => Get(state, r, k)))).ForDialect(dialect);
        app.MapGet("/api/v5/trade/orders-pending", H(c => Signed(c, state, false, (r, k) => Pending(state, r, k)))).ForDialect(dialect);
    }

    private static IResult Place(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error("50002", "JSON syntax error");
        if (ParseInstId(f.GetValueOrDefault("instId"), state.Engine) is not { } symbol)
            return f.ContainsKey("instId") ? Error("51001", "Instrument ID does not exist") : Error("51000", "Parameter instId error");
        if (f.GetValueOrDefault("tdMode") != "cash") return Error("51000", "Parameter tdMode error: the simulator serves cash (spot) trading only");
        OrderSide side;
        switch (f.GetValueOrDefault("side"))
        {
            case "buy": side = OrderSide.Buy; break;
            case "sell": side = OrderSide.Sell; break;
            default: return Error("51000", "Parameter side error");
        }
        if (!OrdTypes.TryGetValue(f.GetValueOrDefault("ordType") ?? "", out var kind)) return Error("51000", "Parameter ordType error");
        var (size, sizeOk) = Decimal(f, "sz");
        var (price, priceOk) = Decimal(f, "px");
        if (!sizeOk || size is null) return Error("51000", "Parameter sz error");
        if (!priceOk || (kind.Type == OrderType.Limit && price is null)) return Error("51000", "Parameter px error");
        var clOrdId = f.GetValueOrDefault("clOrdId");
        if (clOrdId is not null && !IsValidClientId(clOrdId)) return Error("51000", "Parameter clOrdId error");
        SimOrderRequest request;
        if (kind.Type == OrderType.Market)
        {
            // SPOT market orders: sz is quote for buys and base for sells unless tgtCcy says otherwise.
            var quote = (f.GetValueOrDefault("tgtCcy") ?? (side == OrderSide.Buy ? "quote_ccy" : "base_ccy")) == "quote_ccy";
            if (quote && side == OrderSide.Sell) return Error("51000", "Parameter tgtCcy error: the simulator serves quote-sized market buys only");
            request = new SimOrderRequest(key.AccountId, symbol, side, OrderType.Market, "", Quantity: quote ? null : size, QuoteAmount: quote ? size : null);
        }
        else
        {
            request = new SimOrderRequest(key.AccountId, symbol, side, OrderType.Limit, "", Quantity: size, Price: price, TimeInForce: kind.Tif);
        }
        request = request with
        {
            ClientOrderId = clOrdId ?? state.Engine.GenerateClientOrderId(GeneratedPrefix),
            Duplicates = DuplicateClientIdBehaviour.RejectedWhileOpen,
        };
        var result = state.Engine.Place(request);
        var item = new Dictionary<string, object?> { ["clOrdId"] = clOrdId ?? "", ["ordId"] = "", ["tag"] = "" };
        if (!result.IsSuccess)
        {
            var (code, message) = Reject(result, state.Engine.Market(symbol), request.Quantity);
            return ItemFailed(item, code, message, now);
        }
        item["ordId"] = Ms(result.Order!.Id);
        return ItemOk(item, "Order placed", now);
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (Fields(r.RawBody) is not { } f) return Error("50002", "JSON syntax error");
        if (ParseInstId(f.GetValueOrDefault("instId"), state.Engine) is not { } symbol) return Error("51001", "Instrument ID does not exist");
        var order = Resolve(state, key, symbol, f.GetValueOrDefault("ordId"), f.GetValueOrDefault("clOrdId"));
        var item = new Dictionary<string, object?> { ["clOrdId"] = f.GetValueOrDefault("clOrdId") ?? "", ["ordId"] = f.GetValueOrDefault("ordId") ?? "" };
        if (order is null || !order.IsOpen || (IsStop(order) && !order.IsWorking))
            return ItemFailed(item, "51400", "Order cancellation failed as the order has been filled, canceled or does not exist.", now);
        var result = state.Engine.Cancel(key.AccountId, symbol, order.Id, null);
        if (!result.IsSuccess) return ItemFailed(item, Reject(result, null, null).Code, Reject(result, null, null).Message, now);
        item["ordId"] = Ms(IsStop(order) ? order.Id + ChildBase : order.Id);
        item["clOrdId"] = IsStop(order) ? "" : ClientId(order);
        return ItemOk(item, "", now);
    }

    private static IResult Get(SimulatorState state, WireRequest r, SimKey key)
    {
        if (ParseInstId(r["instId"], state.Engine) is not { } symbol)
            return r["instId"] is null ? Error("51000", "Parameter instId error") : Error("51001", "Instrument ID does not exist");
        if (r["ordId"] is null && r["clOrdId"] is null) return Error("51000", "Parameter ordId or clOrdId error");
        var order = Resolve(state, key, symbol, r["ordId"], r["clOrdId"]);
        return order is null ? Error("51603", "Order does not exist") : Ok(new[] { OkxOrderJson.Order(order) });
    }

    private static IResult Pending(SimulatorState state, WireRequest r, SimKey key)
    {
        if (r["instType"] is { } type && type != "SPOT") return Ok(Array.Empty<object>());
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["instId"] is { } text && (symbol = ParseInstId(text, state.Engine)) is null) return Error("51001", "Instrument ID does not exist");
        var limit = r["limit"] is null ? 100 : (int)(Long(r["limit"]) ?? -1);
        if (limit is < 1 or > 100) return Error("51000", "Parameter limit error");
        // Regular open orders, and the child orders of triggered stops that still rest (stop-limit).
        var rows = state.Engine.OpenOrders(key.AccountId, symbol).Where(o => !IsStop(o) || o.IsWorking)
            .Select(o => (Id: IsStop(o) ? o.Id + ChildBase : o.Id, Order: o)).OrderByDescending(x => x.Id).ToList();
        if (Long(r["after"]) is { } after) rows = rows.Where(x => x.Id < after).ToList();
        return Ok(rows.Take(limit).Select(x => OkxOrderJson.Order(x.Order)).ToList());
    }

    /// <summary>A regular order (or a triggered stop's child) by ordId or clOrdId; stops waiting for their trigger are not regular orders.</summary>
    public static SimOrder? Resolve(SimulatorState state, SimKey key, Qari.Model.Ids.Symbol symbol, string? ordId, string? clOrdId)
    {
        if (ordId is not null)
        {
            if (Long(ordId) is not { } id) return null;
            var child = id >= ChildBase;
            var order = state.Engine.Find(key.AccountId, symbol, child ? id - ChildBase : id, null);
            return order is not null && IsStop(order) == child && (!child || order.IsWorking) ? order : null;
        }
        var byClient = clOrdId is null ? null : state.Engine.Find(key.AccountId, symbol, null, clOrdId);
        return byClient is not null && !IsStop(byClient) ? byClient : null;
    }
}
