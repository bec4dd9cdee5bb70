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
using static Qari.Simulator.Dialects.Kraken.KrakenAuth;
using static Qari.Simulator.Dialects.Kraken.KrakenWire;

namespace Qari.Simulator.Dialects.Kraken;

/// <summary>Kraken's private endpoints (all POST, form bodies). A reused cl_ord_id is refused only while the first order is open.</summary>
internal static class KrakenOrderRoutes
{
    private const int TradesPage = 50;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect, KrakenAuth auth)
    {
        Private(app, "Balance", Need.Query, (r, k) => Ok(state.Engine.Balances(k.AccountId).ToDictionary(b => AssetCode(b.Asset), b => D(b.Free + b.Locked))));
        Private(app, "BalanceEx", Need.Query, (r, k) => Ok(state.Engine.Balances(k.AccountId).ToDictionary(b => AssetCode(b.Asset),
            b => (object)new { balance = D(b.Free + b.Locked), credit = "0", credit_used = "0", hold_trade = D(b.Locked) })));
        Private(app, "AddOrder", Need.Trade, (r, k) => Add(state, r, k), placesOrder: true);
        Private(app, "CancelOrder", Need.Trade, (r, k) => Cancel(state, r, k));
        Private(app, "QueryOrders", Need.Query, (r, k) => Ok((r["txid"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => (Txid: t, Order: Find(state, k.AccountId, t))).Where(x => x.Order is not null)
            .ToDictionary(x => TxId(x.Order!.Id), x => Order(x.Order!))));
        Private(app, "OpenOrders", Need.Query, (r, k) => Ok(new { open = Orders(state, k, r["cl_ord_id"], open: true) }));
        Private(app, "ClosedOrders", Need.Query, (r, k) =>
        {
            var closed = Orders(state, k, r["cl_ord_id"], open: false);
            return Ok(new { closed, count = closed.Count });
        });
        Private(app, "TradesHistory", Need.Query, (r, k) => Trades(state, r, k));
        Private(app, "GetApiKeyInfo", Need.Nothing, (r, k) => Ok(KeyInfo(k, auth.LastNonce(k.KeyId))));

        void Private(IEndpointRouteBuilder routes, string method, Need need, Func<WireRequest, SimKey, IResult> handle, bool placesOrder = false) =>
            routes.MapPost("/0/private/" + method, H(async c =>
            {
                var (request, key, error) = await auth.VerifyAsync(c, state, need).ConfigureAwait(false);
                return error ?? handle(request, key!);
            })).ForDialect(dialect, 1, placesOrder);
    }

    private static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    private static object KeyInfo(SimKey k, long nonce)
    {
        var permissions = new List<string>();
        if (k.Read) permissions.AddRange(["query-funds", "query-open-trades", "query-closed-trades", "query-ledger"]);
        if (k.SpotTrade) permissions.AddRange(["modify-trades", "close-trades"]);
        if (k.Withdraw) permissions.Add("withdraw-funds");
        if (k.Transfer) permissions.Add("earn-funds");
        var created = (k.CreatedMs / 1000).ToString(CultureInfo.InvariantCulture);
        return new
        {
            apiKeyName = "sim-" + k.AccountId, apiKey = k.KeyId, nonce = nonce.ToString(CultureInfo.InvariantCulture), nonceWindow = 0, permissions,
            iban = "AA00 SIMU LATO R000", validUntil = "0", queryFrom = "0", queryTo = "0", createdTime = created, modifiedTime = created,
            ipAllowlist = k.AllowedIps ?? [], lastUsed = created,
        };
    }

    private static IResult Add(SimulatorState state, WireRequest r, SimKey key)
    {
        if (ParsePair(r["pair"], state.Engine) is not { } symbol) return Error("EQuery:Unknown asset pair");
        var market = state.Engine.Market(symbol);
        OrderSide side;
        if (r["type"] == "buy") side = OrderSide.Buy;
        else if (r["type"] == "sell") side = OrderSide.Sell;
        else return Error("EGeneral:Invalid arguments:type");
        if (!Positive(r["volume"], out var volume)) return Error("EGeneral:Invalid arguments:volume");
        decimal? price = Positive(r["price"], out var p) ? p : null;
        decimal? price2 = Positive(r["price2"], out var p2) ? p2 : null;
        var flags = (r["oflags"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var tif = r["timeinforce"] switch
        {
            null or "GTC" => TimeInForce.GoodTillCanceled,
            "IOC" => TimeInForce.ImmediateOrCancel,
            _ => (TimeInForce?)null,
        };
        if (tif is null) return Error("EGeneral:Invalid arguments:timeinforce");
        if (flags.Contains("post")) tif = TimeInForce.PostOnly;
        decimal? quantity = volume, quote = null, limit = null, stop = null;
        OrderType type;
        switch (r["ordertype"])
        {
            case "limit":
                if (price is null) return Error("EGeneral:Invalid arguments:price");
                (type, limit) = (OrderType.Limit, price);
                break;
            case "market":
                type = OrderType.Market;
                if (flags.Contains("viqc"))
                {
                    if (side != OrderSide.Buy) return Error("EGeneral:Invalid arguments:viqc");
                    (quantity, quote) = (null, volume);
                }
                break;
            case "stop-loss":
                if (price is null) return Error("EGeneral:Invalid arguments:price");
                (type, stop) = (OrderType.StopMarket, price);
                break;
            case "stop-loss-limit":
                if (price is null || price2 is null) return Error("EGeneral:Invalid arguments:price");
                (type, stop, limit) = (OrderType.StopLimit, price, price2);
                break;
            default:
                return Error("EGeneral:Invalid arguments:ordertype");
        }
        if (quantity is { } q && market is not null && q < market.Rules.MinQuantity) return Error("EOrder:Order minimum not met");
        var clientId = r["cl_ord_id"];
        if (clientId is not null && (clientId.Length is 0 or > 36)) return Error("EGeneral:Invalid arguments:cl_ord_id");
        clientId ??= state.Engine.GenerateClientOrderId("kr");
        var result = state.Engine.Place(new SimOrderRequest(key.AccountId, symbol, side, type, clientId, quantity, quote, limit, stop, tif.Value,
            DuplicateClientIdBehaviour.RejectedWhileOpen));
        if (!result.IsSuccess) return Reject(result.Reject!.Value, market);
        var o = result.Order!;
        return Ok(new { descr = new { order = $"{r["type"]} {r["volume"]} {Altname(symbol)} @ {r["ordertype"]} {r["price"] ?? ""}".TrimEnd() }, txid = new[] { TxId(o.Id) } });
    }

    private static IResult Cancel(SimulatorState state, WireRequest r, SimKey key)
    {
        var name = r["txid"] ?? r["cl_ord_id"];
        if (name is null) return Error("EGeneral:Invalid arguments:txid");
        var order = Find(state, key.AccountId, name);
        if (order is null || !order.IsOpen) return Reject(SimReject.UnknownOrder, null);
        var result = state.Engine.Cancel(key.AccountId, order.Symbol, order.Id, null);
        return result.IsSuccess ? Ok(new { count = 1, pending = false }) : Reject(result.Reject!.Value, null);
    }

    /// <summary>An order named by txid, or by cl_ord_id (the open one first, else the latest).</summary>
    private static SimOrder? Find(SimulatorState state, string accountId, string name)
    {
        var all = state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(accountId, m.Symbol)).ToList();
        if (ParseTxId(name) is { } id) return all.FirstOrDefault(o => o.Id == id);
        var named = all.Where(o => o.ClientOrderId == name).OrderBy(o => o.Id).ToList();
        return named.LastOrDefault(o => o.IsOpen) ?? named.LastOrDefault();
    }

    private static Dictionary<string, object> Orders(SimulatorState state, SimKey key, string? clientId, bool open) =>
        state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(key.AccountId, m.Symbol))
            .Where(o => o.IsOpen == open && (clientId is null || o.ClientOrderId == clientId))
            .OrderBy(o => o.Id).ToDictionary(o => TxId(o.Id), Order);

    private static IResult Trades(SimulatorState state, WireRequest r, SimKey key)
    {
        long.TryParse(r["start"], out var start);
        var offset = int.TryParse(r["ofs"], out var o) ? o : 0;
        var all = state.Engine.Markets.SelectMany(m => state.Engine.Fills(key.AccountId, m.Symbol))
            .Where(f => f.TimeMs / 1000 >= start).OrderByDescending(f => f.TradeId).ToList();
        var page = all.Skip(offset).Take(TradesPage).ToDictionary(f => TradeId(f.TradeId), f => (object)new
        {
            ordertxid = TxId(f.OrderId), postxid = "TSIM00-QSIM0-POSTXX", pair = PairId(f.Symbol), time = decimal.Parse(Seconds(f.TimeMs), CultureInfo.InvariantCulture),
            type = f.Side == OrderSide.Buy ? "buy" : "sell", ordertype = f.IsMaker ? "limit" : "market", price = D(f.Price), cost = D(f.Quote),
            fee = D(f.FeeAsset == f.Symbol.Quote ? f.Fee : f.Fee * f.Price), vol = D(f.Quantity), margin = "0", misc = "", maker = f.IsMaker,
        });
        return Ok(new { trades = page, count = all.Count });
    }

    private static bool Positive(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value > 0;
}
