using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Bybit.BybitWire;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit's account endpoints: unified wallet balance, execution list (≤ 7-day windows), and the key's own permissions.</summary>
internal static class BybitAccountRoutes
{
    private const long SevenDays = 7 * 86_400_000L;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/v5/account/wallet-balance", BybitOrderRoutes.H(c => BybitOrderRoutes.Signed(c, state, false, (r, k) => Wallet(state, r, k)))).ForDialect(dialect);
        app.MapGet("/v5/execution/list", BybitOrderRoutes.H(c => BybitOrderRoutes.Signed(c, state, false, (r, k) => Executions(state, r, k)))).ForDialect(dialect);
        app.MapGet("/v5/user/query-api", BybitOrderRoutes.H(c => BybitOrderRoutes.Signed(c, state, false, (_, k) => Ok(KeyInfo(k), state.NowMs)))).ForDialect(dialect);
    }

    private static IResult Wallet(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (r["accountType"] != "UNIFIED") return Error(10001, "accountType only support UNIFIED.", now);
        var coins = state.Engine.Balances(key.AccountId).Select(b => new
        {
            availableToBorrow = "", bonus = "0", accruedInterest = "0", availableToWithdraw = "", totalOrderIM = "0", equity = D(b.Free + b.Locked),
            totalPositionMM = "0", usdValue = "", unrealisedPnl = "0", collateralSwitch = true, spotHedgingQty = "0", borrowAmount = "0",
            totalPositionIM = "0", walletBalance = D(b.Free + b.Locked), cumRealisedPnl = "0", locked = D(b.Locked), marginCollateral = true, coin = b.Asset,
        }).ToList();
        return Ok(new { list = new[] { new { accountType = "UNIFIED", accountIMRate = "0", accountMMRate = "0", accountLTV = "0", totalEquity = "", totalWalletBalance = "", totalMarginBalance = "", totalAvailableBalance = "", totalPerpUPL = "0", totalInitialMargin = "0", totalMaintenanceMargin = "0", coin = coins } } }, now);
    }

    private static IResult Executions(SimulatorState state, WireRequest r, SimKey key)
    {
        var now = state.NowMs;
        if (r["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        Qari.Model.Ids.Symbol? symbol = null;
        if (r["symbol"] is { } text && (symbol = ParseSymbol(text, state.Engine)) is null) return Error(170121, "Invalid symbol.", now);
        var limit = r["limit"] is null ? 50 : (int)(Long(r["limit"]) ?? -1);
        if (limit is < 1 or > 100) return Error(10001, "params error: limit must be in [1, 100]", now);
        var (start, end) = (Long(r["startTime"]), Long(r["endTime"]));
        var from = start ?? (end is { } e0 ? e0 - SevenDays : now - SevenDays);
        var to = end ?? (start is { } s0 ? s0 + SevenDays : now);
        if (to - from > SevenDays) return Error(10001, "The time range between startTime and endTime cannot exceed 7 days.", now);
        var orderId = Long(r["orderId"]);
        var markets = symbol is { } sym ? [sym] : state.Engine.Markets.Select(m => m.Symbol).ToList();
        var rows = markets.SelectMany(m => state.Engine.AllOrders(key.AccountId, m))
            .SelectMany(o => o.Fills.Select(f => (Fill: f, Order: o)))
            .Where(x => (orderId is null || x.Fill.OrderId == orderId) && x.Fill.TimeMs >= from && x.Fill.TimeMs <= to)
            .OrderByDescending(x => x.Fill.TradeId).ToList();
        if (Long(r["cursor"]) is { } after) rows = rows.Where(x => x.Fill.TradeId < after).ToList();
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? page[^1].Fill.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return Ok(new { nextPageCursor = next, category = "spot", list = page.Select(x => BybitOrderJson.Execution(x.Fill, x.Order)).ToList() }, now);
    }

    private static object KeyInfo(SimKey k)
    {
        var wallet = new List<string>();
        if (k.Transfer) wallet.AddRange(["AccountTransfer", "SubMemberTransfer"]);
        if (k.Withdraw) wallet.Add("Withdraw");
        var canWrite = k.SpotTrade || k.Withdraw || k.Transfer || k.Futures || k.Margin;
        return new
        {
            id = Math.Abs(k.KeyId.GetHashCode(StringComparison.Ordinal)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            note = "simulator key", apiKey = k.KeyId, readOnly = canWrite ? 0 : 1, secret = "",
            permissions = new Dictionary<string, string[]>
            {
                ["ContractTrade"] = k.Futures ? ["Order", "Position"] : [],
                ["Spot"] = k.SpotTrade ? ["SpotTrade"] : [],
                ["Wallet"] = wallet.ToArray(),
                ["Options"] = [],
                ["Derivatives"] = k.Futures ? ["DerivativesTrade"] : [],
                ["CopyTrading"] = [], ["BlockTrade"] = [], ["Exchange"] = [], ["NFT"] = [], ["Affiliate"] = [], ["Earn"] = [],
            },
            ips = k.IpRestricted ? k.AllowedIps!.ToArray() : ["*"],
            type = 1, deadlineDay = 90, expiredAt = "", createdAt = DateTimeOffset.FromUnixTimeMilliseconds(k.CreatedMs).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            unified = 1, uta = 1, userID = Math.Abs(k.AccountId.GetHashCode(StringComparison.Ordinal)), inviterID = 0, vipLevel = "No VIP", mktMakerLevel = "0",
            affiliateID = 0, rsaPublicKey = "", isMaster = true, parentUid = "0", kycLevel = "LEVEL_1", kycRegion = "",
        };
    }
}
