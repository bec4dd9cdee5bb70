using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Bitget;

/// <summary>Bitget v2's wire vocabulary: the <c>{code,msg,requestTime,data}</c> envelope, error codes, decimals, statuses.</summary>
internal static class BitgetWire
{
    public static readonly JsonSerializerOptions Json = new();

    /// <summary>Success: <c>{"code":"00000","msg":"success","requestTime":…,"data":…}</c>.</summary>
    public static IResult Ok(object? data, long nowMs) => Results.Json(new { code = "00000", msg = "success", requestTime = nowMs, data }, Json);

    /// <summary>An error envelope with <c>data:null</c>.</summary>
    public static IResult Error(string code, string message, long nowMs, int status = 400) =>
        Results.Json(new { code, msg = message, requestTime = nowMs, data = (object?)null }, Json, statusCode: status);

    /// <summary>Decimals as plain strings without trailing zeros.</summary>
    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Symbol(Symbol symbol) => symbol.Base + symbol.Quote;

    public static Symbol? ParseSymbol(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => Symbol(s!.Value) == text);

    /// <summary>Decimal places of a power-of-ten step (0.01 → 2).</summary>
    public static int Decimals(decimal step) => step <= 0 ? 8 : (int)Math.Max(0, Math.Round(-Math.Log10((double)step)));

    /// <summary>True for a stop whose trigger has not fired: Bitget keeps it as a plan order, not a spot order.</summary>
    public static bool IsPendingPlan(SimOrder o) => o.Type is OrderType.StopMarket or OrderType.StopLimit && !o.IsWorking;

    public static bool IsPlan(SimOrder o) => o.Type is OrderType.StopMarket or OrderType.StopLimit;

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.New => "live",
        OrderStatus.PartiallyFilled => "partially_filled",
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static string PlanStatus(SimOrder o) => o.IsWorking ? "executed" : o.IsOpen ? "live" : "cancelled";

    public static string Force(TimeInForce tif) => tif switch
    {
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.PostOnly => "post_only",
        _ => "gtc",
    };

    /// <summary>An engine refusal in Bitget's codes (43122 for a reused clientOid is this simulator's choice; Bitget's is unverified).</summary>
    public static IResult Reject(SimReject reject, long nowMs) => reject switch
    {
        SimReject.UnknownSymbol => Error("40034", "Parameter symbol does not exist", nowMs),
        SimReject.MarketClosed => Error("40725", "The symbol is not tradable", nowMs),
        SimReject.PriceFilter => Error("40808", "Parameter verification exception price scale check error", nowMs),
        SimReject.LotSize => Error("40808", "Parameter verification exception size scale check error", nowMs),
        SimReject.MinNotional => Error("45110", "less than the minimum amount 5 USDT", nowMs),
        SimReject.InsufficientBalance => Error("43012", "Insufficient balance", nowMs),
        SimReject.DuplicateClientOrderId => Error("43122", "Duplicate clientOid", nowMs),
        SimReject.WouldTakeAsMaker => Error("43111", "post_only order would take liquidity", nowMs),
        SimReject.StopWouldTrigger => Error("43113", "The trigger price would trigger immediately", nowMs),
        SimReject.UnknownOrder => Error("43001", "The order does not exist", nowMs),
        SimReject.UnknownAccount => Error("40006", "Invalid ACCESS_KEY", nowMs),
        _ => throw new ArgumentOutOfRangeException(nameof(reject), reject, "Unknown refusal."),
    };

    public static object Order(SimOrder o) => new
    {
        userId = o.AccountId,
        symbol = Symbol(o.Symbol),
        orderId = o.Id.ToString(CultureInfo.InvariantCulture),
        clientOid = o.ClientOrderId,
        price = D(o.Price ?? 0m),
        size = D(o.Quantity ?? o.QuoteAmount ?? 0m),
        orderType = o.Type is OrderType.Limit or OrderType.StopLimit ? "limit" : "market",
        side = o.Side == OrderSide.Buy ? "buy" : "sell",
        status = Status(o.Status),
        priceAvg = D(o.Executed > 0 ? o.CumulativeQuote / o.Executed : 0m),
        baseVolume = D(o.Executed),
        quoteVolume = D(o.CumulativeQuote),
        enterPointSource = "API",
        force = Force(o.TimeInForce),
        triggerPrice = o.StopPrice is { } t ? D(t) : null,
        orderSource = IsPlan(o) ? "plan" : "normal",
        feeDetail = "{}",
        cTime = o.CreatedMs.ToString(CultureInfo.InvariantCulture),
        uTime = o.UpdatedMs.ToString(CultureInfo.InvariantCulture),
    };

    public static object Plan(SimOrder o) => new
    {
        orderId = o.Id.ToString(CultureInfo.InvariantCulture),
        clientOid = o.ClientOrderId,
        symbol = Symbol(o.Symbol),
        size = D(o.Quantity ?? 0m),
        executePrice = D(o.Price ?? 0m),
        triggerPrice = D(o.StopPrice ?? 0m),
        status = PlanStatus(o),
        orderType = o.Type == OrderType.StopLimit ? "limit" : "market",
        side = o.Side == OrderSide.Buy ? "buy" : "sell",
        planType = "amount",
        triggerType = "fill_price",
        enterPointSource = "API",
        cTime = o.CreatedMs.ToString(CultureInfo.InvariantCulture),
        uTime = o.UpdatedMs.ToString(CultureInfo.InvariantCulture),
    };

    public static object Fill(SimFill f) => new
    {
        userId = f.AccountId,
        symbol = Symbol(f.Symbol),
        orderId = f.OrderId.ToString(CultureInfo.InvariantCulture),
        tradeId = f.TradeId.ToString(CultureInfo.InvariantCulture),
        orderType = "limit",
        side = f.Side == OrderSide.Buy ? "buy" : "sell",
        priceAvg = D(f.Price),
        size = D(f.Quantity),
        amount = D(f.Quote),
        feeDetail = new { deduction = "no", feeCoin = f.FeeAsset, totalDeductionFee = "0", totalFee = D(-f.Fee) },
        tradeScope = f.IsMaker ? "maker" : "taker",
        cTime = f.TimeMs.ToString(CultureInfo.InvariantCulture),
        uTime = f.TimeMs.ToString(CultureInfo.InvariantCulture),
    };
}
