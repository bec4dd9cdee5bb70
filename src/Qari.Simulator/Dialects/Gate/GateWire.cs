using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>Gate APIv4's wire vocabulary: bare success bodies, <c>{"label","message"}</c> errors, plain decimals, pairs, ids.</summary>
internal static class GateWire
{
    public const string Prefix = "/api/v4";

    /// <summary>Spot orders placed by a fired price order get their own id: the price order's plus this offset.</summary>
    public const long FiredOffset = 1_000_000_000_000L;

    public static readonly JsonSerializerOptions Json = new();

    public static IResult Ok(object? body, int status = 200) => Results.Json(body, Json, statusCode: status);

    public static IResult Error(string label, string message, int status = 400) => Results.Json(new { label, message }, Json, statusCode: status);

    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Seconds(long ms) => (ms / 1000).ToString(CultureInfo.InvariantCulture);

    public static string Pair(Symbol symbol) => symbol.Base + "_" + symbol.Quote;

    public static Symbol? ParsePair(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>().FirstOrDefault(s => Pair(s!.Value) == text);

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    public static bool IsStop(SimOrder o) => o.Type is OrderType.StopLimit or OrderType.StopMarket;

    /// <summary>Texts Qari did not set are shown as Gate shows API orders without one.</summary>
    public static string Text(SimOrder o) => o.ClientOrderId.StartsWith("t-", StringComparison.Ordinal) ? o.ClientOrderId : "apiv4";

    public static bool ValidText(string text) =>
        text.StartsWith("t-", StringComparison.Ordinal) && text.Length > 2 && text.Length - 2 <= 28 && text.Skip(2).All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>The precision (decimal count) Gate publishes for a step such as 0.01.</summary>
    public static int Decimals(decimal step) => step <= 0 ? 0 : (int)((decimal.GetBits(step / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF);

    public static IResult PairNotFound() => Error("INVALID_CURRENCY_PAIR", "Invalid currency pair");

    public static IResult OrderNotFound() => Error("ORDER_NOT_FOUND", "Order not found", 404);

    /// <summary>An engine refusal as Gate reports it.</summary>
    public static IResult Reject(SimReject reject, SimMarket? market, decimal? amount) => reject switch
    {
        SimReject.UnknownSymbol => PairNotFound(),
        SimReject.MarketClosed => Error("INVALID_CURRENCY_PAIR", "Currency pair is not tradable now"),
        SimReject.PriceFilter => Error("INVALID_PRECISION", "Invalid price precision"),
        SimReject.LotSize when market is not null && amount is { } a && a < market.Rules.MinQuantity => Error("AMOUNT_TOO_LITTLE", "Order amount too little"),
        SimReject.LotSize when market?.Rules.MaxQuantity is { } max && amount > max => Error("AMOUNT_TOO_MUCH", "Order amount too much"),
        SimReject.LotSize => Error("INVALID_PRECISION", "Invalid amount precision"),
        SimReject.MinNotional => Error("AMOUNT_TOO_LITTLE", "Order total too little"),
        SimReject.InsufficientBalance => Error("BALANCE_NOT_ENOUGH", "Not enough balance"),
        SimReject.DuplicateClientOrderId => Error("INVALID_PARAM_VALUE", "Duplicate text"),
        SimReject.WouldTakeAsMaker => Error("POC_FILL_IMMEDIATELY", "Order would match and take immediately so it's cancelled"),
        SimReject.StopWouldTrigger => Error("INVALID_PARAM_VALUE", "Trigger price would fire immediately"),
        SimReject.UnknownOrder => OrderNotFound(),
        SimReject.UnknownAccount => Error("INVALID_KEY", "Invalid key provided", 401),
        _ => throw new ArgumentOutOfRangeException(nameof(reject), reject, "Unknown refusal."),
    };
}
