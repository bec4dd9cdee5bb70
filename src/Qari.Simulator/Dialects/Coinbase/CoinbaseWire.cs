using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Coinbase;

/// <summary>Coinbase's wire vocabulary: error bodies, UUID order ids, RFC 3339 times, statuses, order configurations.</summary>
internal static class CoinbaseWire
{
    public static readonly JsonSerializerOptions Json = new();

    public static IResult Unauthorized() => Results.Text("Unauthorized", "text/plain", statusCode: 401);

    public static IResult Error(string error, string message, int status) =>
        Results.Json(new { error, code = status, message, error_details = message, details = Array.Empty<object>() }, Json, statusCode: status);

    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string ProductId(Symbol s) => s.Base + "-" + s.Quote;

    public static Symbol? ParseProduct(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => ProductId(s!.Value) == text);

    public static string OrderId(long id) => "00000000-0000-4000-8000-" + id.ToString("x12", CultureInfo.InvariantCulture);

    public static long? ParseOrderId(string? text) =>
        text is { Length: 36 } && text.StartsWith("00000000-0000-4000-8000-", StringComparison.Ordinal) &&
        long.TryParse(text.AsSpan(24), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>An IOC/market order whose remainder was dropped reads CANCELLED on Coinbase.</summary>
    public static string Status(SimOrder o) => o.Status switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => "OPEN",
        OrderStatus.Filled => "FILLED",
        OrderStatus.Canceled or OrderStatus.Expired => "CANCELLED",
        OrderStatus.Rejected => "FAILED",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Status, "Unknown status."),
    };

    public static object Configuration(SimOrder o) => o.Type switch
    {
        OrderType.Market => o.QuoteAmount is { } q
            ? new { market_market_ioc = (object)new { quote_size = D(q) } }
            : new { market_market_ioc = (object)new { base_size = D(o.Quantity ?? 0m) } },
        OrderType.Limit when o.TimeInForce == TimeInForce.ImmediateOrCancel => new { sor_limit_ioc = (object)new { base_size = D(o.Quantity ?? 0m), limit_price = D(o.Price ?? 0m) } },
        OrderType.Limit when o.TimeInForce == TimeInForce.FillOrKill => new { limit_limit_fok = (object)new { base_size = D(o.Quantity ?? 0m), limit_price = D(o.Price ?? 0m) } },
        OrderType.Limit => new { limit_limit_gtc = (object)new { base_size = D(o.Quantity ?? 0m), limit_price = D(o.Price ?? 0m), post_only = o.TimeInForce == TimeInForce.PostOnly } },
        OrderType.StopLimit => new
        {
            stop_limit_stop_limit_gtc = (object)new
            {
                base_size = D(o.Quantity ?? 0m), limit_price = D(o.Price ?? 0m), stop_price = D(o.StopPrice ?? 0m),
                stop_direction = o.Side == OrderSide.Sell ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP",
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Type, "Coinbase has no such order configuration."),
    };

    public static object Order(SimOrder o)
    {
        var fees = o.Fills.Sum(f => f.FeeAsset == o.Symbol.Quote ? f.Fee : f.Fee * f.Price);
        return new
        {
            order_id = OrderId(o.Id), product_id = ProductId(o.Symbol), user_id = o.AccountId, order_configuration = Configuration(o),
            side = o.Side == OrderSide.Buy ? "BUY" : "SELL", client_order_id = o.ClientOrderId, status = Status(o),
            time_in_force = o.TimeInForce switch { TimeInForce.ImmediateOrCancel => "IMMEDIATE_OR_CANCEL", TimeInForce.FillOrKill => "FILL_OR_KILL", _ => "GOOD_UNTIL_CANCELLED" },
            created_time = Time(o.CreatedMs),
            completion_percentage = D(o.Quantity is > 0 ? decimal.Round(o.Executed / o.Quantity.Value * 100m, 2) : o.Status == OrderStatus.Filled ? 100m : 0m),
            filled_size = D(o.Executed), average_filled_price = D(o.Executed > 0 ? o.CumulativeQuote / o.Executed : 0m), fee = "",
            number_of_fills = o.Fills.Count.ToString(CultureInfo.InvariantCulture), filled_value = D(o.CumulativeQuote), pending_cancel = false,
            size_in_quote = o.QuoteAmount is not null, total_fees = D(fees), size_inclusive_of_fees = false, total_value_after_fees = D(o.CumulativeQuote + fees),
            trigger_status = o.Type == OrderType.StopLimit ? (o.IsWorking ? "STOP_TRIGGERED" : "STOP_PENDING") : "INVALID_ORDER_TYPE",
            order_type = o.Type switch { OrderType.Market => "MARKET", OrderType.Limit => "LIMIT", _ => "STOP_LIMIT" },
            reject_reason = "REJECT_REASON_UNSPECIFIED", settled = !o.IsOpen, product_type = "SPOT", reject_message = "", cancel_message = "",
            last_fill_time = o.Fills.Count > 0 ? Time(o.Fills[^1].TimeMs) : null,
        };
    }

    /// <summary>An engine refusal as Coinbase's HTTP-200 <c>success:false</c> answer (size/precision reason names partly unverified).</summary>
    public static IResult Failed(SimReject reject)
    {
        var (error, preview, message) = reject switch
        {
            SimReject.UnknownSymbol => ("INVALID_PRODUCT_ID", "PREVIEW_INVALID_PRODUCT_ID", "Invalid product_id"),
            SimReject.MarketClosed => ("ORDER_ENTRY_DISABLED", "PREVIEW_ORDER_ENTRY_DISABLED", "Trading is disabled for this product"),
            SimReject.PriceFilter => ("INVALID_LIMIT_PRICE_PRECISION", "PREVIEW_INVALID_LIMIT_PRICE_PRECISION", "Invalid limit price precision"),
            SimReject.LotSize => ("INVALID_SIZE_PRECISION", "PREVIEW_INVALID_SIZE_PRECISION", "Invalid base size precision"),
            SimReject.MinNotional => ("UNKNOWN_FAILURE_REASON", "PREVIEW_INVALID_QUOTE_SIZE_TOO_SMALL", "Order value below the product's quote_min_size"),
            SimReject.InsufficientBalance => ("INSUFFICIENT_FUND", "PREVIEW_INSUFFICIENT_FUND", "Insufficient balance in source account"),
            SimReject.WouldTakeAsMaker => ("INVALID_LIMIT_PRICE_POST_ONLY", "PREVIEW_INVALID_LIMIT_PRICE_POST_ONLY", "Post-only order would cross"),
            SimReject.StopWouldTrigger => ("INVALID_STOP_PRICE", "PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE", "Stop price already reached"),
            _ => ("UNKNOWN_FAILURE_REASON", "UNKNOWN_PREVIEW_FAILURE_REASON", reject.ToString()),
        };
        return Results.Json(new
        {
            success = false, failure_reason = "UNKNOWN_FAILURE_REASON", order_id = "",
            error_response = new { error, message, error_details = message, preview_failure_reason = preview, new_order_failure_reason = "UNKNOWN_FAILURE_REASON" },
        }, Json);
    }
}
