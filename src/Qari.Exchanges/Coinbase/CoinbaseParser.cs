using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Coinbase;

/// <summary>Coinbase Advanced Trade market-data and account answers → Qari's types; malformed answers are typed errors.</summary>
public static class CoinbaseParser
{
    /// <summary><c>{"error":"NOT_FOUND","message":…}</c>; null when the body is not that shape (e.g. a plain "Unauthorized").</summary>
    public static (string Code, string Message)? Error(string body)
    {
        var parsed = WireJson.Parse(body, "coinbase error", root => (root.GetString("error"), root.GetOptionalString("message") ?? root.GetOptionalString("error_details") ?? ""));
        return parsed.IsSuccess ? parsed.Value : null;
    }

    /// <summary>GET /time: <c>{iso, epochSeconds, epochMillis}</c>.</summary>
    public static Result<DateTimeOffset> ServerTime(string body) =>
        WireJson.Parse(body, "coinbase time", root => DateTimeOffset.FromUnixTimeMilliseconds(root.GetInt64("epochMillis")));

    /// <summary>Products: price_increment (tick), base_increment (lot), base_min_size, quote_min_size; only SPOT products.</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string body) =>
        WireJson.Parse<IReadOnlyList<Instrument>>(body, "coinbase products", root =>
        {
            var list = new List<Instrument>();
            foreach (var p in root.Items("products"))
            {
                if (p.GetOptionalString("product_type") is { } type && type != "SPOT") continue;
                var id = p.GetString("product_id");
                if (!CoinbaseSymbolMapper.TryFromExchange(id, out var symbol)) continue;
                var tick = p.GetOptionalDecimal("price_increment") ?? p.GetDecimal("quote_increment");
                var rules = new InstrumentRules(N(tick), N(p.GetDecimal("base_increment")), N(p.GetDecimal("base_min_size")),
                    N(p.GetOptionalDecimal("quote_min_size") ?? 0m), p.GetOptionalDecimal("base_max_size") is > 0 and var max ? N(max) : null);
                list.Add(new Instrument(ExchangeId.Coinbase, symbol, id, rules, Status(p)));
            }
            return list;
        });

    /// <summary>Product status and flags → trading status; an unknown status fails loudly.</summary>
    public static TradingStatus Status(JsonElement p)
    {
        var status = p.GetString("status");
        var open = status switch
        {
            "online" => true,
            "offline" or "delisted" => false,
            _ => throw new WireFormatException($"unknown product status '{status}'"),
        };
        var blocked = Flag(p, "trading_disabled") || Flag(p, "cancel_only") || Flag(p, "is_disabled");
        return open && !blocked ? TradingStatus.Trading : TradingStatus.Halted;
    }

    /// <summary>Candles <c>{candles:[{start(s), low, high, open, close, volume}]}</c> (newest first on the wire) → oldest first.</summary>
    public static Result<IReadOnlyList<Candle>> Candles(string body) =>
        WireJson.Parse<IReadOnlyList<Candle>>(body, "coinbase candles", root =>
            root.Items("candles").Select(c => new Candle(c.GetInt64("start") * 1000, c.GetDecimal("open"), c.GetDecimal("high"), c.GetDecimal("low"),
                c.GetDecimal("close"), c.GetDecimal("volume"))).OrderBy(c => c.OpenTimeMs).ToList());

    /// <summary>Product book <c>{pricebook:{bids:[{price,size}], asks, time}}</c>.</summary>
    public static Result<OrderBook> Book(string body, Symbol symbol) =>
        WireJson.Parse(body, "coinbase product_book", root =>
        {
            var book = root.Required("pricebook");
            return new OrderBook(symbol, Ms(book.GetString("time")), Levels(book, "bids"), Levels(book, "asks"));
        });

    /// <summary>Tickers from products (last price, 24h volume) and best_bid_ask (<c>{pricebooks:[…]}</c>).</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string products, string bestBidAsk, long nowMs) =>
        WireJson.Parse<IReadOnlyList<Ticker>>(bestBidAsk, "coinbase best_bid_ask", books =>
        {
            var top = new Dictionary<string, (decimal Bid, decimal Ask)>(StringComparer.Ordinal);
            foreach (var b in books.Items("pricebooks"))
            {
                var bids = Levels(b, "bids");
                var asks = Levels(b, "asks");
                top[b.GetString("product_id")] = (bids.Count > 0 ? bids[0].Price : 0m, asks.Count > 0 ? asks[0].Price : 0m);
            }
            var parsed = WireJson.Parse<IReadOnlyList<Ticker>>(products, "coinbase products", root =>
            {
                var list = new List<Ticker>();
                foreach (var p in root.Items("products"))
                {
                    var id = p.GetString("product_id");
                    if (!CoinbaseSymbolMapper.TryFromExchange(id, out var symbol) || p.GetOptionalDecimal("price") is not { } last) continue;
                    var volume = p.GetOptionalDecimal("volume_24h") ?? 0m;
                    var (bid, ask) = top.GetValueOrDefault(id);
                    list.Add(new Ticker(symbol, bid, ask, last, volume, p.GetOptionalDecimal("approximate_quote_24h_volume") ?? volume * last, nowMs));
                }
                return list;
            });
            return parsed.IsSuccess ? parsed.Value : throw new WireFormatException(parsed.Error!.Message);
        });

    /// <summary>One page of GET /accounts: balances (available, hold) and the next cursor (null when none).</summary>
    public static Result<(IReadOnlyList<Balance> Balances, string? Cursor)> Accounts(string body) =>
        WireJson.Parse(body, "coinbase accounts", root =>
        {
            IReadOnlyList<Balance> balances = root.Items("accounts").Select(a => new Balance(a.GetString("currency"),
                a.Required("available_balance").GetDecimal("value"), a.Optional("hold") is { } h ? h.GetDecimal("value") : 0m)).ToList();
            var more = root.Optional("has_next") is { ValueKind: JsonValueKind.True };
            return (balances, more ? root.GetOptionalString("cursor") : null);
        });

    /// <summary>
    /// GET /key_permissions → key report. <c>can_transfer</c> lets funds leave (send/withdraw), so it is reported as
    /// both withdraw and transfer. Coinbase does not expose a key's IP allowlist: IP restriction is Unknown.
    /// </summary>
    public static Result<KeyReport> KeyReport(string body) =>
        WireJson.Parse(body, "coinbase key_permissions", root =>
        {
            var transfer = root.GetBool("can_transfer") ? Permission.Granted : Permission.Denied;
            var portfolio = root.GetOptionalString("portfolio_type") ?? "";
            return new KeyReport(
                Read: root.GetBool("can_view") ? Permission.Granted : Permission.Denied,
                SpotTrade: root.GetBool("can_trade") ? Permission.Granted : Permission.Denied,
                Withdraw: transfer,
                Transfer: transfer,
                Margin: Permission.Unknown,
                Derivatives: portfolio is "INTX" or "PERPETUALS" ? Permission.Granted : Permission.Unknown,
                IpRestricted: Permission.Unknown,
                AllowedIps: [],
                Note: $"Coinbase reports view/trade/transfer only (portfolio {portfolio}); the key's IP allowlist is not visible through the API.");
        });

    /// <summary>RFC 3339 time → Unix ms.</summary>
    public static long Ms(string time) =>
        DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToUnixTimeMilliseconds()
            : throw new WireFormatException($"not an RFC 3339 time: '{time}'");

    private static bool Flag(JsonElement p, string name) => p.Optional(name) is { ValueKind: JsonValueKind.True };

    private static List<BookLevel> Levels(JsonElement book, string side) =>
        book.Items(side).Select(l => new BookLevel(l.GetDecimal("price"), l.GetDecimal("size"))).ToList();

    private static decimal N(decimal value) => value / 1.000000000000000000000000000000000m;
}
