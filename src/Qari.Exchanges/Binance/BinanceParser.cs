using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Binance;

/// <summary>Binance market-data and account answers → Qari's types. Every malformed answer is a typed error.</summary>
public static class BinanceParser
{
    /// <summary>Parses <c>{"code":-1121,"msg":"..."}</c>; null when the body is not Binance's error shape.</summary>
    public static (string Code, string Message)? Error(string body)
    {
        var parsed = WireJson.Parse(body, "binance error", root => (root.GetString("code"), root.GetString("msg")));
        return parsed.IsSuccess ? parsed.Value : null;
    }

    /// <summary>GET /api/v3/time.</summary>
    public static Result<DateTimeOffset> ServerTime(string body) =>
        WireJson.Parse(body, "binance time", root => DateTimeOffset.FromUnixTimeMilliseconds(root.GetInt64("serverTime")));

    /// <summary>GET /api/v3/exchangeInfo: spot symbols with tick, lot, minimum quantity and notional; teaches the mapper.</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string body, BinanceSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<Instrument>>(body, "binance exchangeInfo", root =>
        {
            var list = new List<Instrument>();
            foreach (var s in root.Items("symbols"))
            {
                var name = s.GetString("symbol");
                var baseAsset = s.GetString("baseAsset");
                var quoteAsset = s.GetString("quoteAsset");
                if (s.Optional("isSpotTradingAllowed") is { ValueKind: JsonValueKind.False }) continue;
                decimal tick = 0, step = 0, minQty = 0, minNotional = 0;
                decimal? maxQty = null;
                foreach (var f in s.Items("filters"))
                {
                    switch (f.GetString("filterType"))
                    {
                        case "PRICE_FILTER": tick = f.GetDecimal("tickSize"); break;
                        case "LOT_SIZE":
                            step = f.GetDecimal("stepSize");
                            minQty = f.GetDecimal("minQty");
                            var max = f.GetDecimal("maxQty");
                            maxQty = max > 0 ? max : null;
                            break;
                        case "NOTIONAL":
                        case "MIN_NOTIONAL": minNotional = Math.Max(minNotional, f.GetDecimal("minNotional")); break;
                    }
                }
                mapper.Learn(name, baseAsset, quoteAsset);
                var rules = new InstrumentRules(Normalize(tick), Normalize(step), Normalize(minQty), Normalize(minNotional), maxQty is { } m ? Normalize(m) : null);
                list.Add(new Instrument(ExchangeId.Binance, new Symbol(baseAsset, quoteAsset), name, rules, Status(s.GetString("status"))));
            }
            return list;
        });

    /// <summary>Binance symbol status → trading status; unknown values fail loudly.</summary>
    public static TradingStatus Status(string status) => status switch
    {
        "TRADING" => TradingStatus.Trading,
        "HALT" or "AUCTION_MATCH" or "PRE_TRADING" or "POST_TRADING" or "END_OF_DAY" => TradingStatus.Halted,
        "BREAK" => TradingStatus.Maintenance,
        _ => throw new WireFormatException($"unknown symbol status '{status}'"),
    };

    /// <summary>GET /api/v3/klines rows <c>[openTime, o, h, l, c, volume, closeTime, quoteVolume, trades, takerBuyBase, takerBuyQuote, ignore]</c>.</summary>
    public static Result<IReadOnlyList<Candle>> Klines(string body) =>
        WireJson.Parse<IReadOnlyList<Candle>>(body, "binance klines", root =>
        {
            var list = new List<Candle>(root.ValueKind == JsonValueKind.Array ? root.GetArrayLength() : 0);
            foreach (var row in root.Items())
            {
                list.Add(new Candle(row.Int64At(0), row.DecimalAt(1), row.DecimalAt(2), row.DecimalAt(3), row.DecimalAt(4), row.DecimalAt(5),
                    QuoteVolume: row.DecimalAt(7), TakerBuyVolume: row.DecimalAt(9)));
            }
            return list;
        });

    /// <summary>GET /api/v3/depth.</summary>
    public static Result<OrderBook> Book(string body, Symbol symbol, long timeMs) =>
        WireJson.Parse(body, "binance depth", root => new OrderBook(symbol, timeMs, Levels(root, "bids"), Levels(root, "asks")));

    /// <summary>GET /api/v3/ticker/24hr (all symbols); symbols that cannot be mapped are skipped.</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string body, BinanceSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<Ticker>>(body, "binance ticker/24hr", root =>
        {
            var list = new List<Ticker>();
            foreach (var t in root.Items())
            {
                if (!mapper.TryFromExchange(t.GetString("symbol"), out var symbol)) continue;
                list.Add(new Ticker(symbol, t.GetDecimal("bidPrice"), t.GetDecimal("askPrice"), t.GetDecimal("lastPrice"),
                    t.GetDecimal("volume"), t.GetDecimal("quoteVolume"), t.GetInt64("closeTime")));
            }
            return list;
        });

    /// <summary>GET /api/v3/account → balances (zero balances dropped).</summary>
    public static Result<IReadOnlyList<Balance>> Balances(string body) =>
        WireJson.Parse<IReadOnlyList<Balance>>(body, "binance account", root =>
            root.Items("balances")
                .Select(b => new Balance(b.GetString("asset"), b.GetDecimal("free"), b.GetDecimal("locked")))
                .Where(b => b.Total != 0)
                .ToList());

    /// <summary>GET /sapi/v1/account/apiRestrictions → key report (Binance does not list the allowed IPs here).</summary>
    public static Result<KeyReport> KeyReport(string body) =>
        WireJson.Parse(body, "binance apiRestrictions", root =>
        {
            var transfer = root.GetBool("enableInternalTransfer") || Flag(root, "permitsUniversalTransfer");
            var derivatives = root.GetBool("enableFutures") || Flag(root, "enableVanillaOptions") || Flag(root, "enablePortfolioMarginTrading");
            return new KeyReport(
                Read: Of(root.GetBool("enableReading")),
                SpotTrade: Of(root.GetBool("enableSpotAndMarginTrading")),
                Withdraw: Of(root.GetBool("enableWithdrawals")),
                Transfer: Of(transfer),
                Margin: Of(root.GetBool("enableMargin")),
                Derivatives: Of(derivatives),
                IpRestricted: Of(root.GetBool("ipRestrict")),
                AllowedIps: [],
                Note: "Binance grants spot and margin trading with one switch (enableSpotAndMarginTrading); margin borrowing is reported by enableMargin.");
        });

    private static bool Flag(JsonElement root, string name) => root.Optional(name) is { ValueKind: JsonValueKind.True };

    private static Permission Of(bool granted) => granted ? Permission.Granted : Permission.Denied;

    private static List<BookLevel> Levels(JsonElement root, string side) =>
        root.Items(side).Select(l => new BookLevel(l.DecimalAt(0), l.DecimalAt(1))).ToList();

    // Binance pads filter values with zeros ("0.01000000"); strip them so steps print cleanly.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
