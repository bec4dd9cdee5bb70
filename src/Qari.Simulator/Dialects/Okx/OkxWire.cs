using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>
/// OKX v5's wire vocabulary: the <c>{code, msg, data:[...]}</c> envelope (HTTP 200 for business errors, 401 for
/// auth, 429 for rate), per-item <c>sCode</c> on order endpoints, decimals as plain strings, state names, and how
/// the simulator's one order id space maps onto OKX's order ids and algo ids.
/// </summary>
internal static class OkxWire
{
    /// <summary>A triggered stop's child order id = the algo id + this (OKX gives the placed order its own id).</summary>
    public const long ChildBase = 9_000_000_000_000L;

    /// <summary>Client ids generated for orders sent without one; OKX shows those as "".</summary>
    public const string GeneratedPrefix = "okxsim";

    public static readonly JsonSerializerOptions Json = new();

    public static IResult Ok(object data) => Results.Json(new { code = "0", msg = "", data }, Json);

    /// <summary>A top-level error with empty data (parameter errors; HTTP 200).</summary>
    public static IResult Error(string code, string message, int status = 200) =>
        Results.Json(new { code, msg = message, data = Array.Empty<object>() }, Json, statusCode: status);

    /// <summary>An auth error as OKX sends it: HTTP 401 with only code and msg.</summary>
    public static IResult AuthError(string code, string message) => Results.Json(new { msg = message, code }, Json, statusCode: 401);

    /// <summary>An order endpoint's answer whose one item failed: top-level code "1", the reason in sCode/sMsg.</summary>
    public static IResult ItemFailed(Dictionary<string, object?> item, string sCode, string sMsg, long nowMs)
    {
        item["sCode"] = sCode;
        item["sMsg"] = sMsg;
        item["ts"] = nowMs.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { code = "1", msg = "All operations failed", data = new[] { item }, inTime = Micros(nowMs), outTime = Micros(nowMs) }, Json);
    }

    /// <summary>An order endpoint's answer whose one item succeeded.</summary>
    public static IResult ItemOk(Dictionary<string, object?> item, string sMsg, long nowMs)
    {
        item["sCode"] = "0";
        item["sMsg"] = sMsg;
        item["ts"] = nowMs.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { code = "0", msg = "", data = new[] { item }, inTime = Micros(nowMs), outTime = Micros(nowMs) }, Json);
    }

    private static string Micros(long ms) => (ms * 1000).ToString(CultureInfo.InvariantCulture);

    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string D(decimal? value) => value is { } v ? D(v) : "";

    public static string Ms(long ms) => ms.ToString(CultureInfo.InvariantCulture);

    public static string InstId(Symbol symbol) => symbol.Base + "-" + symbol.Quote;

    public static Symbol? ParseInstId(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => InstId(s!.Value) == text);

    public static bool IsStop(SimOrder o) => o.Type is OrderType.StopMarket or OrderType.StopLimit;

    public static string ClientId(SimOrder o) => o.ClientOrderId.StartsWith(GeneratedPrefix, StringComparison.Ordinal) ? "" : o.ClientOrderId;

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    /// <summary>A regular order's state; rejected and expired orders read "canceled" (OKX rejects at placement, and IOC/FOK/market remainders end canceled).</summary>
    public static string State(SimOrder o) => o.Status switch
    {
        OrderStatus.New => "live",
        OrderStatus.PartiallyFilled => "partially_filled",
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected => "canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Status, "Unknown status."),
    };

    public static bool IsValidClientId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>An engine refusal as OKX's sCode and sMsg.</summary>
    public static (string Code, string Message) Reject(SimResult result, SimMarket? market, decimal? quantity) => result.Reject switch
    {
        SimReject.UnknownSymbol => ("51001", "Instrument ID does not exist."),
        SimReject.MarketClosed => ("51001", "Instrument is suspended."),
        SimReject.PriceFilter => ("51000", "Parameter px error"),
        SimReject.LotSize when quantity is { } q && market is not null && q < market.Rules.MinQuantity => ("51020", "Your order should meet or exceed the minimum order amount."),
        SimReject.LotSize when quantity is { } q && market?.Rules.MaxQuantity is { } max && q > max => ("51203", "Order amount exceeds the limit."),
        SimReject.LotSize => ("51121", "Order quantity must be a multiple of the lot size."),
        SimReject.MinNotional => ("51020", "Your order should meet or exceed the minimum order amount."),
        SimReject.InsufficientBalance => ("51008", $"Order failed. Insufficient {(market is null ? "" : market.Symbol.Quote + " or " + market.Symbol.Base)} balance in account."),
        SimReject.DuplicateClientOrderId => ("51016", "Duplicated clOrdId"),
        SimReject.WouldTakeAsMaker => ("51000", "Parameter ordType error: a post_only order would take liquidity"),
        SimReject.StopWouldTrigger => ("51000", "Parameter slTriggerPx error: the trigger price is already reached"),
        SimReject.UnknownOrder => ("51400", "Order cancellation failed as the order has been filled, canceled or does not exist."),
        SimReject.UnknownAccount => ("50111", "Invalid OK-ACCESS-KEY."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Reject, "Unknown refusal."),
    };

    /// <summary>The fields of a JSON object (strings, or numbers as written); null when the body is not an object.</summary>
    public static Dictionary<string, string>? Fields(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
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

    /// <summary>The body's object, or the first object of an array body (cancel-algos); null for anything else.</summary>
    public static Dictionary<string, string>? Fields(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Array ? (root.GetArrayLength() > 0 ? Fields(root[0]) : null) : Fields(root);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static (decimal? Value, bool Ok) Decimal(IReadOnlyDictionary<string, string> fields, string name)
    {
        if (!fields.TryGetValue(name, out var text) || text.Length == 0) return (null, true);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? (v, true) : (null, false);
    }

    public static long? Long(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
