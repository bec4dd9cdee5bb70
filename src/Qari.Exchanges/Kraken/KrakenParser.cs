using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Kraken;

/// <summary>Kraken market-data and account answers (the <c>result</c> part) → Qari's types; malformed answers are typed errors.</summary>
public static class KrakenParser
{
    /// <summary>The envelope <c>{error:[…], result:…}</c>; null when the body is not that shape.</summary>
    public static (IReadOnlyList<string> Errors, string Result)? Envelope(string body)
    {
        var parsed = WireJson.Parse(body, "kraken envelope", root =>
            ((IReadOnlyList<string>)root.Items("error").Select(e => e.GetString() ?? "").ToList(), root.Optional("result") is { } r ? r.GetRawText() : "null"));
        return parsed.IsSuccess ? parsed.Value : null;
    }

    /// <summary>Time: <c>{unixtime, rfc1123}</c> (seconds).</summary>
    public static Result<DateTimeOffset> ServerTime(string result) =>
        WireJson.Parse(result, "kraken Time", root => DateTimeOffset.FromUnixTimeSeconds(root.GetInt64("unixtime")));

    /// <summary>Server time from a whole reply (clock sync).</summary>
    public static Result<DateTimeOffset> ServerTimeReply(string body) =>
        Envelope(body) is { Errors.Count: 0 } e ? ServerTime(e.Result) : Error.Malformed("kraken Time", "not a successful envelope");

    /// <summary>AssetPairs keyed by pair id: tick_size, 10^-lot_decimals, ordermin, costmin; teaches the mapper every name.</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string result, KrakenSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<Instrument>>(result, "kraken AssetPairs", root =>
        {
            var list = new List<Instrument>();
            foreach (var pair in root.EnumerateObject())
            {
                var p = pair.Value;
                var altname = p.GetString("altname");
                var wsname = p.GetOptionalString("wsname");
                var baseAsset = KrakenSymbolMapper.FromKrakenAsset(p.GetString("base"));
                var quoteAsset = KrakenSymbolMapper.FromKrakenAsset(p.GetString("quote"));
                if (baseAsset is null || quoteAsset is null) continue;
                var symbol = new Symbol(baseAsset, quoteAsset);
                mapper.Learn(pair.Name, altname, wsname, symbol);
                var tick = p.GetOptionalDecimal("tick_size") ?? Step((int)p.GetInt64("pair_decimals"));
                var lot = Step((int)p.GetInt64("lot_decimals"));
                var minQty = p.GetOptionalDecimal("ordermin") ?? lot;
                var rules = new InstrumentRules(Normalize(tick), lot, Normalize(minQty), Normalize(p.GetOptionalDecimal("costmin") ?? 0m));
                list.Add(new Instrument(ExchangeId.Kraken, symbol, altname, rules, Status(p.GetOptionalString("status") ?? "online")));
            }
            return list;
        });

    /// <summary>10^-<paramref name="decimals"/>.</summary>
    public static decimal Step(int decimals) =>
        decimals is < 0 or > 20 ? throw new WireFormatException($"decimals {decimals} out of range") : new decimal(1, 0, 0, false, (byte)decimals);

    /// <summary>Pair status → trading status: only <c>online</c> accepts every order type; unknown values fail loudly.</summary>
    public static TradingStatus Status(string status) => status switch
    {
        "online" => TradingStatus.Trading,
        "cancel_only" or "post_only" or "limit_only" or "reduce_only" => TradingStatus.Halted,
        "delisted" or "maintenance" or "work_in_progress" => TradingStatus.Maintenance,
        _ => throw new WireFormatException($"unknown pair status '{status}'"),
    };

    /// <summary>OHLC <c>{PAIRID:[[time(s), o, h, l, c, vwap, volume, count]], last}</c>, oldest first.</summary>
    public static Result<IReadOnlyList<Candle>> Candles(string result) =>
        WireJson.Parse<IReadOnlyList<Candle>>(result, "kraken OHLC", root =>
        {
            var rows = root.EnumerateObject().Where(p => p.Name != "last").Select(p => p.Value).FirstOrDefault();
            if (rows.ValueKind == JsonValueKind.Undefined) throw new WireFormatException("no pair in OHLC result");
            return rows.Items().Select(r =>
            {
                var volume = r.DecimalAt(6);
                return new Candle(r.Int64At(0) * 1000, r.DecimalAt(1), r.DecimalAt(2), r.DecimalAt(3), r.DecimalAt(4), volume, QuoteVolume: volume * r.DecimalAt(5));
            }).OrderBy(c => c.OpenTimeMs).ToList();
        });

    /// <summary>Depth <c>{PAIRID:{asks:[[price, volume, ts]], bids}}</c>.</summary>
    public static Result<OrderBook> Book(string result, Symbol symbol, long nowMs) =>
        WireJson.Parse(result, "kraken Depth", root =>
        {
            var book = root.EnumerateObject().Select(p => p.Value).FirstOrDefault();
            if (book.ValueKind == JsonValueKind.Undefined) throw new WireFormatException("no pair in Depth result");
            return new OrderBook(symbol, nowMs, Levels(book, "bids"), Levels(book, "asks"));
        });

    /// <summary>Ticker keyed by pair id: <c>a</c>/<c>b</c> best ask/bid, <c>c</c> last, <c>v</c>[1] and <c>p</c>[1] 24h volume and VWAP.</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string result, KrakenSymbolMapper mapper, long nowMs) =>
        WireJson.Parse<IReadOnlyList<Ticker>>(result, "kraken Ticker", root =>
        {
            var list = new List<Ticker>();
            foreach (var pair in root.EnumerateObject())
            {
                if (!mapper.TryFromExchange(pair.Name, out var symbol)) continue;
                var t = pair.Value;
                var volume = t.Required("v").DecimalAt(1);
                list.Add(new Ticker(symbol, t.Required("b").DecimalAt(0), t.Required("a").DecimalAt(0), t.Required("c").DecimalAt(0),
                    volume, volume * t.Required("p").DecimalAt(1), nowMs));
            }
            return list;
        });

    /// <summary>BalanceEx <c>{ASSET:{balance, hold_trade}}</c>: free = balance − hold_trade; earn/staked variants skipped.</summary>
    public static Result<IReadOnlyList<Balance>> Balances(string result) =>
        WireJson.Parse<IReadOnlyList<Balance>>(result, "kraken BalanceEx", root =>
        {
            var list = new List<Balance>();
            foreach (var asset in root.EnumerateObject())
            {
                if (KrakenSymbolMapper.FromKrakenAsset(asset.Name) is not { } code) continue;
                var total = asset.Value.GetDecimal("balance");
                var hold = asset.Value.GetOptionalDecimal("hold_trade") ?? 0m;
                if (total != 0) list.Add(new Balance(code, total - hold, hold));
            }
            return list;
        });

    /// <summary>
    /// GetApiKeyInfo → key report: query-funds = read; modify-trades (+ close-trades) = trade; withdraw-funds = withdraw;
    /// add-funds/earn-funds move funds = transfer. Kraken keys do not separate margin from spot trading: margin is Unknown.
    /// </summary>
    public static Result<KeyReport> KeyReport(string result) =>
        WireJson.Parse(result, "kraken GetApiKeyInfo", root =>
        {
            var permissions = root.Items("permissions").Select(p => p.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
            var ips = root.Optional("ipAllowlist") is { } list ? list.Items().Select(i => i.GetString() ?? "").Where(i => i.Length > 0).ToList() : [];
            Permission Has(params string[] names) => names.Any(permissions.Contains) ? Permission.Granted : Permission.Denied;
            return new KeyReport(
                Read: Has("query-funds"),
                SpotTrade: Has("modify-trades"),
                Withdraw: Has("withdraw-funds"),
                Transfer: Has("add-funds", "earn-funds"),
                Margin: Permission.Unknown,
                Derivatives: Permission.Denied,
                IpRestricted: ips.Count > 0 ? Permission.Granted : Permission.Denied,
                AllowedIps: ips,
                Note: "Kraken's trade permission also allows margin orders (margin is not a separate key permission); futures use separate keys.");
        });

    private static List<BookLevel> Levels(JsonElement book, string side) =>
        book.Items(side).Select(l => new BookLevel(l.DecimalAt(0), l.DecimalAt(1))).ToList();

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
