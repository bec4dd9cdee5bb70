using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit v5's wire vocabulary: the <c>{retCode, retMsg, result, retExtInfo, time}</c> envelope (HTTP 200 even for errors), decimals as plain strings, status names.</summary>
internal static class BybitWire
{
    public static readonly JsonSerializerOptions Json = new();

    /// <summary>A success envelope.</summary>
    public static IResult Ok(object result, long nowMs) =>
        Results.Json(new { retCode = 0, retMsg = "OK", result, retExtInfo = new { }, time = nowMs }, Json);

    /// <summary>An error envelope; Bybit answers HTTP 200 with the code in the body.</summary>
    public static IResult Error(int code, string message, long nowMs, int status = 200) =>
        Results.Json(new { retCode = code, retMsg = message, result = new { }, retExtInfo = new { }, time = nowMs }, Json, statusCode: status);

    /// <summary>Decimals as Bybit prints them: invariant, no exponent, no trailing zeros.</summary>
    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string D(decimal? value) => value is { } v ? D(v) : "";

    public static string Symbol(Symbol symbol) => symbol.Base + symbol.Quote;

    public static Symbol? ParseSymbol(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => Symbol(s!.Value) == text);

    public static bool IsStop(SimOrder o) => o.Type is OrderType.StopMarket or OrderType.StopLimit;

    /// <summary>Bybit's status text: waiting TP/SL orders are Untriggered, cancelled before triggering Deactivated.</summary>
    public static string Status(SimOrder o) => o.Status switch
    {
        OrderStatus.New => IsStop(o) && !o.IsWorking ? "Untriggered" : "New",
        OrderStatus.PartiallyFilled => "PartiallyFilled",
        OrderStatus.Filled => "Filled",
        OrderStatus.Canceled when IsStop(o) && !o.IsWorking => "Deactivated",
        // Spot has no "expired": IOC/FOK/market remainders end cancelled, with fills or without.
        OrderStatus.Canceled or OrderStatus.Expired => o.Executed > 0 ? "PartiallyFilledCanceled" : "Cancelled",
        OrderStatus.Rejected => "Rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Status, "Unknown status."),
    };

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "Buy" : "Sell";

    public static string OrderTypeText(SimOrder o) => o.Type is Model.Orders.OrderType.Market or Model.Orders.OrderType.StopMarket ? "Market" : "Limit";

    public static string Tif(SimOrder o) => o.Type is Model.Orders.OrderType.Market or Model.Orders.OrderType.StopMarket ? "IOC" : o.TimeInForce switch
    {
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        TimeInForce.PostOnly => "PostOnly",
        _ => "GTC",
    };

    /// <summary>An engine refusal as Bybit's spot codes.</summary>
    public static IResult Reject(SimResult result, SimMarket? market, decimal? quantity, long nowMs) => result.Reject switch
    {
        SimReject.UnknownSymbol => Error(170121, "Invalid symbol.", nowMs),
        SimReject.MarketClosed => Error(170130, "Trading of this symbol is suspended.", nowMs),
        SimReject.PriceFilter => Error(170134, "Order price has too many decimals.", nowMs),
        SimReject.LotSize when quantity is { } q && market is not null && q < market.Rules.MinQuantity => Error(170136, "Order quantity lower than the minimum.", nowMs),
        SimReject.LotSize when quantity is { } q && market?.Rules.MaxQuantity is { } max && q > max => Error(170135, "Order quantity exceeded upper limit.", nowMs),
        SimReject.LotSize => Error(170137, "Order quantity has too many decimals.", nowMs),
        SimReject.MinNotional => Error(170140, "Order value exceeded lower limit.", nowMs),
        SimReject.InsufficientBalance => Error(170131, "Insufficient balance.", nowMs),
        SimReject.DuplicateClientOrderId => Error(170141, "Duplicate clientOrderId.", nowMs),
        SimReject.WouldTakeAsMaker => Error(170218, "The LIMIT-MAKER order is rejected due to invalid price.", nowMs),
        SimReject.StopWouldTrigger => Error(170199, "Trigger price is invalid: it would trigger immediately.", nowMs),
        SimReject.UnknownOrder => Error(170213, "Order does not exist.", nowMs),
        SimReject.UnknownAccount => Error(10003, "API key is invalid.", nowMs),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Reject, "Unknown refusal."),
    };

    /// <summary>A JSON body's fields as text (Bybit accepts strings; numbers are read as written).</summary>
    public static Dictionary<string, string>? Fields(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString()!,
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                    _ => "",
                };
            }
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static (decimal? Value, bool Ok) Decimal(IReadOnlyDictionary<string, string> fields, string name)
    {
        if (!fields.TryGetValue(name, out var text) || text.Length == 0) return (null, true);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? (v, true) : (null, false);
    }

    public static long? Long(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
