using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Binance.BinanceAuth;
using static Qari.Simulator.Dialects.Binance.BinanceWire;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>Binance's signed endpoints: account, order (place/cancel/query), openOrders, myTrades, apiRestrictions.</summary>
internal static partial class BinanceOrderRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v3/account", H(c => Signed(c, state, Security.UserData, (r, k) => Account(state, r, k.AccountId)))).ForDialect(dialect, 20);
        app.MapPost("/api/v3/order", H(c => Signed(c, state, Security.Trade, (r, k) => Place(state, r, k.AccountId)))).ForDialect(dialect, 1, placesOrder: true);
        app.MapDelete("/api/v3/order", H(c => Signed(c, state, Security.Trade, (r, k) => Cancel(state, r, k.AccountId)))).ForDialect(dialect);
        app.MapGet("/api/v3/order", H(c => Signed(c, state, Security.UserData, (r, k) => Query(state, r, k.AccountId)))).ForDialect(dialect, 4);
        app.MapGet("/api/v3/openOrders", H(c => Signed(c, state, Security.UserData, (r, k) => OpenOrders(state, r, k.AccountId)))).ForDialect(dialect, r => r.Query.ContainsKey("symbol") ? 6 : 80);
        app.MapGet("/api/v3/myTrades", H(c => Signed(c, state, Security.UserData, (r, k) => MyTrades(state, r, k.AccountId)))).ForDialect(dialect, 20);
        app.MapGet("/sapi/v1/account/apiRestrictions", H(c => Signed(c, state, Security.AnyKey, (_, k) => Results.Json(new
        {
            ipRestrict = k.IpRestricted, createTime = k.CreatedMs, enableInternalTransfer = k.Transfer, enableFutures = k.Futures,
            enablePortfolioMarginTrading = false, enableVanillaOptions = false, permitsUniversalTransfer = k.Transfer, enableReading = k.Read,
            enableSpotAndMarginTrading = k.SpotTrade, enableWithdrawals = k.Withdraw, enableMargin = k.Margin, enableFixApiTrade = false, enableFixReadOnly = false,
        }, Json)))).ForDialect(dialect);
    }

    private static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    private static async Task<IResult> Signed(HttpContext context, SimulatorState state, Security security, Func<WireRequest, Accounts.SimKey, IResult> handle)
    {
        var (request, key, error) = await VerifyAsync(context, state, security).ConfigureAwait(false);
        return error ?? handle(request, key!);
    }

    private static IResult Account(SimulatorState state, WireRequest r, string accountId)
    {
        var omitZero = r["omitZeroBalances"] == "true";
        var balances = state.Engine.Balances(accountId).Where(b => !omitZero || b.Free + b.Locked != 0)
            .Select(b => new { asset = b.Asset, free = D(b.Free), locked = D(b.Locked) }).ToList();
        var account = state.Engine.Account(accountId)!;
        return Results.Json(new
        {
            makerCommission = (int)(account.MakerFee * 10_000), takerCommission = (int)(account.TakerFee * 10_000), buyerCommission = 0, sellerCommission = 0,
            commissionRates = new { maker = D(account.MakerFee), taker = D(account.TakerFee), buyer = D(0m), seller = D(0m) },
            canTrade = true, canWithdraw = false, canDeposit = true, brokered = false, requireSelfTradePrevention = false, preventSor = false,
            updateTime = state.NowMs, accountType = "SPOT", balances, permissions = new[] { "SPOT" }, uid = Math.Abs(accountId.GetHashCode(StringComparison.Ordinal)),
        }, Json);
    }

    private static IResult Place(SimulatorState state, WireRequest r, string accountId)
    {
        if (r["symbol"] is null) return Mandatory("symbol");
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return InvalidSymbol();
        if (r["side"] is null) return Mandatory("side");
        if (r["type"] is null) return Mandatory("type");
        OrderSide side;
        if (r["side"] == "BUY") side = OrderSide.Buy;
        else if (r["side"] == "SELL") side = OrderSide.Sell;
        else return Error(-1117, "Invalid side.");
        var (quantity, e1) = BinanceWire.Decimal(r, "quantity");
        var (quote, e2) = BinanceWire.Decimal(r, "quoteOrderQty");
        var (price, e3) = BinanceWire.Decimal(r, "price");
        var (stop, e4) = BinanceWire.Decimal(r, "stopPrice");
        if ((e1 ?? e2 ?? e3 ?? e4) is { } bad) return bad;
        var tif = r["timeInForce"] switch
        {
            null or "GTC" => Qari.Model.Orders.TimeInForce.GoodTillCanceled,
            "IOC" => Qari.Model.Orders.TimeInForce.ImmediateOrCancel,
            "FOK" => Qari.Model.Orders.TimeInForce.FillOrKill,
            _ => (TimeInForce?)null,
        };
        if (tif is null) return Error(-1115, "Invalid timeInForce.");
        var type = r["type"];
        OrderType orderType;
        switch (type)
        {
            case "LIMIT":
                if (r["timeInForce"] is null) return Mandatory("timeInForce");
                if (quantity is null) return Mandatory("quantity");
                if (price is null) return Mandatory("price");
                orderType = OrderType.Limit;
                break;
            case "LIMIT_MAKER":
                if (quantity is null) return Mandatory("quantity");
                if (price is null) return Mandatory("price");
                (orderType, tif) = (OrderType.Limit, Qari.Model.Orders.TimeInForce.PostOnly);
                break;
            case "MARKET":
                if (quantity is null && quote is null) return Error(-1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
                if (quantity is not null && quote is not null) return Error(-1106, "Parameter 'quoteOrderQty' sent when not required.");
                (orderType, price) = (OrderType.Market, null);
                break;
            case "STOP_LOSS":
                if (quantity is null) return Mandatory("quantity");
                if (stop is null) return Mandatory("stopPrice");
                (orderType, price) = (OrderType.StopMarket, null);
                break;
            case "STOP_LOSS_LIMIT":
                if (r["timeInForce"] is null) return Mandatory("timeInForce");
                if (quantity is null) return Mandatory("quantity");
                if (price is null) return Mandatory("price");
                if (stop is null) return Mandatory("stopPrice");
                orderType = OrderType.StopLimit;
                break;
            default:
                return Error(-1116, "Invalid orderType.");
        }
        var clientId = r["newClientOrderId"];
        if (clientId is not null && !ClientIdRule().IsMatch(clientId))
            return Error(-1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[\\.A-Z\\:/a-z0-9_-]{1,36}$'.");
        clientId ??= state.Engine.GenerateClientOrderId("sim");
        var result = state.Engine.Place(new SimOrderRequest(accountId, symbol, side, orderType, clientId, quantity, quote, price, stop, tif.Value,
            DuplicateClientIdBehaviour.RejectedWhileOpen));
        if (!result.IsSuccess) return Reject(result.Reject!.Value);
        var respType = r["newOrderRespType"] ?? (orderType is OrderType.Limit or OrderType.Market ? "FULL" : "ACK");
        return Results.Json(BinanceOrderJson.Placed(result.Order!, respType), Json);
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, string accountId)
    {
        if (r["symbol"] is null) return Mandatory("symbol");
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return InvalidSymbol();
        var orderId = Long(r, "orderId");
        if (orderId is null && r["origClientOrderId"] is null) return Error(-1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        var result = state.Engine.Cancel(accountId, symbol, orderId, orderId is null ? r["origClientOrderId"] : null);
        if (!result.IsSuccess) return Reject(result.Reject!.Value);
        return Results.Json(BinanceOrderJson.Cancelled(result.Order!, r["newClientOrderId"] ?? state.Engine.GenerateClientOrderId("cancel")), Json);
    }

    private static IResult Query(SimulatorState state, WireRequest r, string accountId)
    {
        if (r["symbol"] is null) return Mandatory("symbol");
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return InvalidSymbol();
        var orderId = Long(r, "orderId");
        if (orderId is null && r["origClientOrderId"] is null) return Error(-1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        var order = state.Engine.Find(accountId, symbol, orderId, orderId is null ? r["origClientOrderId"] : null);
        return order is null ? Reject(SimReject.UnknownOrder, query: true) : Results.Json(BinanceOrderJson.Queried(order), Json);
    }

    private static IResult OpenOrders(SimulatorState state, WireRequest r, string accountId)
    {
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["symbol"] is { } text && (symbol = ParseSymbol(text, state.Engine)) is null) return InvalidSymbol();
        return Results.Json(state.Engine.OpenOrders(accountId, symbol).Select(BinanceOrderJson.Queried).ToList(), Json);
    }

    private static readonly long MyTradesSpanMs = (long)TimeSpan.FromHours(24).TotalMilliseconds;

    private static IResult MyTrades(SimulatorState state, WireRequest r, string accountId)
    {
        if (r["symbol"] is null) return Mandatory("symbol");
        if (ParseSymbol(r["symbol"], state.Engine) is not { } symbol) return InvalidSymbol();
        var limit = (int)(Long(r, "limit") ?? 500);
        if (limit is < 1 or > 1000) return Error(-1130, "Invalid data sent for a parameter.");
        var (orderId, start, end, fromId) = (Long(r, "orderId"), Long(r, "startTime"), Long(r, "endTime"), Long(r, "fromId"));
        // Binance's documented rules: fromId and orderId don't mix with a time range; a range spans at most 24 h,
        // and a lone startTime or endTime means the 24 h after or before it.
        var timed = start is not null || end is not null;
        if (timed && (fromId is not null || orderId is not null)) return Error(-1128, "Combination of optional parameters invalid.");
        if (start is not null && end is not null && end - start > MyTradesSpanMs) return Error(-1127, "More than 24 hours between startTime and endTime.");
        if (start is not null && end is null) end = start + MyTradesSpanMs;
        if (end is not null && start is null) start = end - MyTradesSpanMs;
        var trades = state.Engine.Fills(accountId, symbol).Where(f =>
            (orderId is null || f.OrderId == orderId) && (start is null || f.TimeMs >= start) && (end is null || f.TimeMs <= end) && (fromId is null || f.TradeId >= fromId));
        var text = Symbol(symbol);
        // No condition at all: the most recent trades.
        var page = orderId is null && fromId is null && !timed ? trades.TakeLast(limit) : trades.Take(limit);
        return Results.Json(page.Select(f => BinanceOrderJson.Trade(f, text)).ToList(), Json);
    }

    [GeneratedRegex(@"^[\.A-Z\:/a-z0-9_-]{1,36}$")]
    private static partial Regex ClientIdRule();
}
