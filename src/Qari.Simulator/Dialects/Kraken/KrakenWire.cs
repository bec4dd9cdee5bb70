using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Dialects.Kraken;

/// <summary>Kraken's wire vocabulary: the <c>{error:[],result}</c> envelope (HTTP 200 for errors), pair and asset names, txids, statuses.</summary>
internal static class KrakenWire
{
    public static readonly JsonSerializerOptions Json = new();

    private static readonly Dictionary<string, string> LegacyAssets = new(StringComparer.Ordinal)
    {
        ["BTC"] = "XXBT", ["ETH"] = "XETH", ["DOGE"] = "XXDG", ["LTC"] = "XLTC", ["XRP"] = "XXRP", ["USD"] = "ZUSD", ["EUR"] = "ZEUR", ["GBP"] = "ZGBP",
    };

    public static IResult Ok(object result) => Results.Json(new { error = Array.Empty<string>(), result }, Json);

    /// <summary>Kraken answers errors with HTTP 200 and the message in <c>error</c>.</summary>
    public static IResult Error(string error, int status = 200) => Results.Json(new { error = new[] { error } }, Json, statusCode: status);

    public static string D(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>BTC → XBT, DOGE → XDG (request names).</summary>
    public static string Short(string asset) => asset switch { "BTC" => "XBT", "DOGE" => "XDG", _ => asset };

    /// <summary>Balance and pair-id asset codes: XXBT, XETH, ZUSD… for legacy assets, the plain code otherwise.</summary>
    public static string AssetCode(string asset) => LegacyAssets.GetValueOrDefault(asset, asset);

    public static string Altname(Symbol s) => Short(s.Base) + Short(s.Quote);

    public static string WsName(Symbol s) => Short(s.Base) + "/" + Short(s.Quote);

    /// <summary>Legacy pairs (both assets legacy) are keyed XXBTZUSD; newer pairs by their altname.</summary>
    public static string PairId(Symbol s) =>
        LegacyAssets.ContainsKey(s.Base) && LegacyAssets.ContainsKey(s.Quote) ? AssetCode(s.Base) + AssetCode(s.Quote) : Altname(s);

    public static Symbol? ParsePair(string? text, MatchingEngine engine) =>
        text is null ? null : engine.Markets.Select(m => m.Symbol).Cast<Symbol?>()
            .FirstOrDefault(s => Altname(s!.Value) == text || PairId(s.Value) == text || WsName(s.Value) == text);

    public static string TxId(long id) => "O" + id.ToString("D6", CultureInfo.InvariantCulture) + "-QSIM0-KRAKEN";

    public static long? ParseTxId(string text) =>
        text.Length > 2 && text[0] == 'O' && text.IndexOf('-', StringComparison.Ordinal) is > 1 and var dash &&
        long.TryParse(text.AsSpan(1, dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string TradeId(long id) => "T" + id.ToString("D6", CultureInfo.InvariantCulture) + "-QSIM0-KRAKEN";

    public static string Seconds(long ms) => (ms / 1000m).ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => "open",
        OrderStatus.Filled => "closed",
        OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected => "canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static string OrderTypeName(SimOrder o) => o.Type switch
    {
        Qari.Model.Orders.OrderType.Limit => "limit",
        Qari.Model.Orders.OrderType.Market => "market",
        Qari.Model.Orders.OrderType.StopMarket => "stop-loss",
        Qari.Model.Orders.OrderType.StopLimit => "stop-loss-limit",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Type, "Unknown type."),
    };

    /// <summary>An engine refusal in Kraken's words.</summary>
    public static IResult Reject(SimReject reject, SimMarket? market) => reject switch
    {
        SimReject.UnknownSymbol => Error("EQuery:Unknown asset pair"),
        SimReject.MarketClosed => Error("EService:Market in cancel_only mode"),
        SimReject.PriceFilter => Error($"EOrder:Invalid price:{(market is null ? "" : Altname(market.Symbol))} price can only be specified up to the pair's tick size."),
        SimReject.LotSize => Error("EGeneral:Invalid arguments:volume"),
        SimReject.MinNotional => Error("EOrder:Cost minimum not met"),
        SimReject.InsufficientBalance => Error("EOrder:Insufficient funds"),
        SimReject.DuplicateClientOrderId => Error("EOrder:Duplicate order"),
        SimReject.WouldTakeAsMaker => Error("EOrder:Post only order"),
        SimReject.StopWouldTrigger => Error("EOrder:Invalid price:stop price already reached"),
        SimReject.UnknownOrder => Error("EOrder:Unknown order"),
        SimReject.UnknownAccount => Error("EAPI:Invalid key"),
        _ => throw new ArgumentOutOfRangeException(nameof(reject), reject, "Unknown refusal."),
    };

    public static object Order(SimOrder o)
    {
        var viqc = o.QuoteAmount is not null;
        var (price, price2) = o.Type switch
        {
            Qari.Model.Orders.OrderType.StopMarket => (o.StopPrice, null),
            Qari.Model.Orders.OrderType.StopLimit => (o.StopPrice, o.Price),
            Qari.Model.Orders.OrderType.Limit => (o.Price, (decimal?)null),
            _ => ((decimal?)null, (decimal?)null),
        };
        var side = o.Side == OrderSide.Buy ? "buy" : "sell";
        var volume = o.Quantity ?? o.QuoteAmount ?? 0m;
        return new
        {
            refid = (string?)null,
            userref = 0,
            cl_ord_id = o.ClientOrderId,
            status = Status(o.Status),
            opentm = decimal.Parse(Seconds(o.CreatedMs), CultureInfo.InvariantCulture),
            starttm = 0,
            expiretm = 0,
            descr = new
            {
                pair = Altname(o.Symbol), type = side, ordertype = OrderTypeName(o), price = D(price ?? 0m), price2 = D(price2 ?? 0m), leverage = "none",
                order = $"{side} {D(volume)} {Altname(o.Symbol)} @ {OrderTypeName(o)} {D(price ?? 0m)}", close = "",
            },
            vol = D(volume),
            vol_exec = D(o.Executed),
            cost = D(o.CumulativeQuote),
            fee = D(o.Fills.Sum(f => f.FeeAsset == o.Symbol.Quote ? f.Fee : f.Fee * f.Price)),
            price = D(o.Executed > 0 ? o.CumulativeQuote / o.Executed : 0m),
            stopprice = D(o.StopPrice ?? 0m),
            limitprice = D(o.Price ?? 0m),
            misc = "",
            oflags = viqc ? "fciq,viqc" : "fciq",
            closetm = o.IsOpen ? (decimal?)null : decimal.Parse(Seconds(o.UpdatedMs), CultureInfo.InvariantCulture),
            reason = (string?)null,
        };
    }
}
