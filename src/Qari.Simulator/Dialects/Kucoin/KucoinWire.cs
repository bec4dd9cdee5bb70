using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>KuCoin's wire vocabulary: the <c>{"code","data"|"msg"}</c> envelope, plain decimal strings, hex order ids, symbols, refusals.</summary>
internal static class KucoinWire
{
    public static readonly JsonSerializerOptions Json = new();

    /// <summary>A success envelope.</summary>
    public static IResult Ok(object? data) => Results.Json(new { code = "200000", data }, Json);

    /// <summary>An error envelope with an HTTP status (KuCoin: 401/403 for auth, 429 for rate, 200 or 400 for request errors).</summary>
    public static IResult Error(string code, string message, int status = 200) => Results.Json(new { code, msg = message }, Json, statusCode: status);

    /// <summary>A decimal as KuCoin prints it: plain, no trailing zeros.</summary>
    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>KuCoin's order ids are 24 hex digits.</summary>
    public static string Id(long id) => id.ToString("x24", CultureInfo.InvariantCulture);

    /// <summary>The engine id behind a KuCoin order id, or null.</summary>
    public static long? ParseId(string? text) =>
        text is { Length: > 0 and <= 24 } && long.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Symbol(Symbol symbol) => symbol.Base + "-" + symbol.Quote;

    public static Symbol? ParseSymbol(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => Symbol(s!.Value) == text);

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    public static bool IsStop(SimOrder order) => order.Type is OrderType.StopLimit or OrderType.StopMarket;

    /// <summary>An open stop still waiting for its trigger lives in the stop-order system, not the HF order book.</summary>
    public static bool IsWaitingStop(SimOrder order) => IsStop(order) && order.IsOpen && !order.IsWorking;

    public static IResult SymbolNotFound() => Error("900001", "symbol not exists");

    public static IResult OrderNotFound(bool cancel) => cancel ? Error("400100", "order_not_exist_or_not_allow_to_cancel") : Error("400100", "order not exist.");

    /// <summary>An engine refusal as KuCoin reports it.</summary>
    public static IResult Reject(SimReject reject, SimMarket? market, decimal? quantity) => reject switch
    {
        SimReject.UnknownSymbol => SymbolNotFound(),
        SimReject.MarketClosed => Error("400100", "The trading pair is suspended."),
        SimReject.PriceFilter => Error("400100", "Price increment invalid."),
        SimReject.LotSize when market is not null && quantity is { } q && q < market.Rules.MinQuantity => Error("400100", "Order size below the minimum requirement."),
        SimReject.LotSize when market?.Rules.MaxQuantity is { } max && quantity > max => Error("400100", "Order size exceeds the maximum."),
        SimReject.LotSize => Error("400100", "Order size increment invalid."),
        SimReject.MinNotional => Error("400100", "Order funds below the minimum requirement."),
        SimReject.InsufficientBalance => Error("200004", "Balance insufficient!"),
        SimReject.DuplicateClientOrderId => Error("400100", "clientOid duplicate"),
        SimReject.WouldTakeAsMaker => Error("400100", "Post only order would be filled immediately."),
        SimReject.StopWouldTrigger => Error("400100", "The stop price would trigger immediately."),
        SimReject.UnknownOrder => OrderNotFound(cancel: true),
        SimReject.UnknownAccount => Error("400003", "KC-API-KEY not exists", 401),
        _ => throw new ArgumentOutOfRangeException(nameof(reject), reject, "Unknown refusal."),
    };
}
