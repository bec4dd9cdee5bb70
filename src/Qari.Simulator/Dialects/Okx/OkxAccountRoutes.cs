using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Okx.OkxAuth;
using static Qari.Simulator.Dialects.Okx.OkxWire;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>OKX's account endpoints: trading-account balance, account config (the key's permissions and IPs), fills (3 days) and fills-history (3 months).</summary>
internal static class OkxAccountRoutes
{
    private const long Day = 86_400_000L;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v5/account/balance", H(c => Signed(c, state, false, (r, k) => Balance(state, r, k)))).ForDialect(dialect);
        app.MapGet("/api/v5/account/config", H(c => Signed(c, state, false, (_, k) => Ok(new[] { Config(k) })))).ForDialect(dialect);
        app.MapGet("/api/v5/trade/fills", H(c => Signed(c, state, false, (r, k) => Fills(state, r, k, 3 * Day)))).ForDialect(dialect);
        app.MapGet("/api/v5/trade/fills-history", H(c => Signed(c, state, false, (r, k) => Fills(state, r, k, 90 * Day)))).ForDialect(dialect);
    }

    private static IResult Balance(SimulatorState state, WireRequest r, SimKey key)
    {
        var only = r["ccy"]?.Split(',');
        // Currencies with nothing in them are left out, as OKX does.
        var details = state.Engine.Balances(key.AccountId).Where(b => b.Free + b.Locked != 0 && (only is null || only.Contains(b.Asset, StringComparer.Ordinal)))
            .Select(b => new
            {
                availBal = D(b.Free), availEq = "", borrowFroz = "", cashBal = D(b.Free + b.Locked), ccy = b.Asset, crossLiab = "", disEq = "", eq = D(b.Free + b.Locked),
                eqUsd = "", fixedBal = "0", frozenBal = D(b.Locked), imr = "", interest = "", isoEq = "0", isoLiab = "", isoUpl = "0", liab = "", maxLoan = "",
                mgnRatio = "", mmr = "", notionalLever = "", ordFrozen = D(b.Locked), spotInUseAmt = "", stgyEq = "0", twap = "0", uTime = Ms(state.NowMs), upl = "", uplLiab = "",
            }).ToList();
        return Ok(new[] { new { adjEq = "", borrowFroz = "", details, imr = "", isoEq = "0", mgnRatio = "", mmr = "", notionalUsd = "", ordFroz = "", totalEq = "", uTime = Ms(state.NowMs), upl = "" } });
    }

    private static object Config(SimKey k)
    {
        var perm = "read_only" + (k.SpotTrade ? ",trade" : "") + (k.Withdraw ? ",withdraw" : "");
        return new
        {
            // Account mode 1 (spot) unless the key may trade margin or derivatives (mode 2, futures).
            acctLv = k.Margin || k.Futures ? "2" : "1", acctStpMode = "cancel_maker", autoLoan = false, ctIsoMode = "automatic", enableSpotBorrow = false,
            greeksType = "PA", ip = k.IpRestricted ? string.Join(',', k.AllowedIps!) : "", kycLv = "2", label = "simulator key", level = "Lv1", levelTmp = "",
            liquidationGear = "-1", mainUid = k.AccountId, mgnIsoMode = "automatic", opAuth = "0", perm, posMode = "net_mode", roleType = "0",
            spotBorrowAutoRepay = false, spotOffsetType = "", spotRoleType = "0", spotTraderInsts = Array.Empty<string>(), traderInsts = Array.Empty<string>(),
            type = "0", uid = k.AccountId,
        };
    }

    private static IResult Fills(SimulatorState state, WireRequest r, SimKey key, long keptMs)
    {
        if (r["instType"] is { } type && type != "SPOT") return Ok(Array.Empty<object>());
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["instId"] is { } text && (symbol = ParseInstId(text, state.Engine)) is null) return Error("51001", "Instrument ID does not exist");
        var limit = r["limit"] is null ? 100 : (int)(Long(r["limit"]) ?? -1);
        if (limit is < 1 or > 100) return Error("51000", "Parameter limit error");
        var now = state.NowMs;
        var (begin, end, ordId) = (Long(r["begin"]), Long(r["end"]), Long(r["ordId"]));
        var markets = symbol is { } s ? [s] : state.Engine.Markets.Select(m => m.Symbol).ToList();
        var rows = markets.SelectMany(m => state.Engine.AllOrders(key.AccountId, m)).SelectMany(o => o.Fills.Select(f => (Fill: f, Order: o)))
            .Where(x => x.Fill.TimeMs >= now - keptMs && (begin is null || x.Fill.TimeMs >= begin) && (end is null || x.Fill.TimeMs <= end)
                && (ordId is null || (IsStop(x.Order) ? x.Order.Id + ChildBase : x.Order.Id) == ordId))
            .OrderByDescending(x => x.Fill.TradeId).ToList();
        if (Long(r["after"]) is { } after) rows = rows.Where(x => x.Fill.TradeId < after).ToList();
        return Ok(rows.Take(limit).Select(x => OkxOrderJson.Fill(x.Fill, x.Order)).ToList());
    }
}
