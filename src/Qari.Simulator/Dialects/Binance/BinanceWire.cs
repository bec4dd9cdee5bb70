using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>Binance's wire vocabulary: error bodies and codes, decimals as 8-place strings, status/type/side names.</summary>
internal static class BinanceWire
{
    public static readonly JsonSerializerOptions Json = new();

    /// <summary><c>{"code":-1121,"msg":"Invalid symbol."}</c> with an HTTP status (Binance: 4xx for request errors, 401 for key errors).</summary>
    public static IResult Error(int code, string message, int status = 400) =>
        Results.Json(new { code, msg = message }, Json, statusCode: status);

    public static IResult Mandatory(string name) => Error(-1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    public static IResult InvalidKey() => Error(-2015, "Invalid API-key, IP, or permissions for action.", 401);

    public static IResult InvalidSymbol() => Error(-1121, "Invalid symbol.");

    /// <summary>Binance prints decimals with 8 places.</summary>
    public static string D(decimal value) => value.ToString("F8", CultureInfo.InvariantCulture);

    public static string D(decimal? value) => D(value ?? 0m);

    public static string Symbol(Symbol symbol) => symbol.Base + symbol.Quote;

    public static Symbol? ParseSymbol(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => Symbol(s!.Value) == text);

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.New => "NEW",
        OrderStatus.PartiallyFilled => "PARTIALLY_FILLED",
        OrderStatus.Filled => "FILLED",
        OrderStatus.Canceled => "CANCELED",
        OrderStatus.Rejected => "REJECTED",
        OrderStatus.Expired => "EXPIRED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static string Type(SimOrder order) => order.Type switch
    {
        OrderType.Limit when order.TimeInForce == TimeInForce.PostOnly => "LIMIT_MAKER",
        OrderType.Limit => "LIMIT",
        OrderType.Market => "MARKET",
        OrderType.StopMarket => "STOP_LOSS",
        OrderType.StopLimit => "STOP_LOSS_LIMIT",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order.Type, "Unknown type."),
    };

    public static string Tif(SimOrder order) => order.TimeInForce switch
    {
        Qari.Model.Orders.TimeInForce.ImmediateOrCancel => "IOC",
        Qari.Model.Orders.TimeInForce.FillOrKill => "FOK",
        _ => "GTC",
    };

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "BUY" : "SELL";

    /// <summary>An engine refusal as Binance reports it.</summary>
    public static IResult Reject(SimReject reject, bool query = false) => reject switch
    {
        SimReject.UnknownSymbol => InvalidSymbol(),
        SimReject.MarketClosed => Error(-1013, "Market is closed."),
        SimReject.PriceFilter => Error(-1013, "Filter failure: PRICE_FILTER"),
        SimReject.LotSize => Error(-1013, "Filter failure: LOT_SIZE"),
        SimReject.MinNotional => Error(-1013, "Filter failure: NOTIONAL"),
        SimReject.InsufficientBalance => Error(-2010, "Account has insufficient balance for requested action."),
        SimReject.DuplicateClientOrderId => Error(-2010, "Duplicate order sent."),
        SimReject.WouldTakeAsMaker => Error(-2010, "Order would immediately match and take."),
        SimReject.StopWouldTrigger => Error(-2010, "Order would trigger immediately."),
        SimReject.UnknownOrder => query ? Error(-2013, "Order does not exist.") : Error(-2011, "Unknown order sent."),
        SimReject.UnknownAccount => InvalidKey(),
        _ => throw new ArgumentOutOfRangeException(nameof(reject), reject, "Unknown refusal."),
    };

    /// <summary>Parses a decimal parameter the way Binance validates it (plain digits, at most 8 decimals).</summary>
    public static (decimal? Value, IResult? Error) Decimal(WireRequest request, string name)
    {
        var text = request[name];
        if (string.IsNullOrEmpty(text)) return (null, null);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return (null, Error(-1100, $"Illegal characters found in parameter '{name}'; legal range is '^([0-9]{{1,20}})(\\.[0-9]{{1,20}})?$'."));
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && text.TrimEnd('0').Length - dot - 1 > 8) return (null, Error(-1111, $"Parameter '{name}' has too much precision."));
        return (value, null);
    }

    public static long? Long(WireRequest request, string name) =>
        long.TryParse(request[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
