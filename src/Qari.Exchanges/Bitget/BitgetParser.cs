using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Bitget;

/// <summary>Bitget v2 market-data and account answers (the <c>data</c> part) → Qari's types; malformed answers are typed errors.</summary>
public static class BitgetParser
{
    /// <summary>The envelope <c>{code, msg, data}</c> with <c>data</c> as raw JSON; null when the body is not that shape.</summary>
    public static (string Code, string Message, string Data)? Envelope(string body)
    {
        var parsed = WireJson.Parse(body, "bitget envelope", root =>
            (root.GetString("code"), root.GetOptionalString("msg") ?? "", root.Optional("data") is { } d ? d.GetRawText() : "null"));
        return parsed.IsSuccess ? parsed.Value : null;
    }

    /// <summary>data of /api/v2/public/time: <c>{serverTime}</c> in ms.</summary>
    public static Result<DateTimeOffset> ServerTime(string data) =>
        WireJson.Parse(data, "bitget time", root => DateTimeOffset.FromUnixTimeMilliseconds(root.GetInt64("serverTime")));

    /// <summary>Server time from a whole reply (the pipeline's clock sync reads the envelope itself).</summary>
    public static Result<DateTimeOffset> ServerTimeReply(string body) =>
        Envelope(body) is { Code: "00000" } e ? ServerTime(e.Data) : Error.Malformed("bitget time", "not a successful envelope");

    /// <summary>Symbols: precision counts become steps (10^-n); <c>minTradeUSDT</c> is the minimum notional.</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string data, BitgetSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<Instrument>>(data, "bitget symbols", root =>
        {
            var list = new List<Instrument>();
            foreach (var s in root.Items())
            {
                var name = s.GetString("symbol");
                var baseCoin = s.GetString("baseCoin");
                var quoteCoin = s.GetString("quoteCoin");
                var tick = Step((int)s.GetInt64("pricePrecision"));
                var lot = Step((int)s.GetInt64("quantityPrecision"));
                var minQty = s.GetOptionalDecimal("minTradeAmount") is > 0 and var m ? m : lot;
                var maxQty = s.GetOptionalDecimal("maxTradeAmount") is > 0 and var x ? x : (decimal?)null;
                mapper.Learn(name, baseCoin, quoteCoin);
                var rules = new InstrumentRules(tick, lot, Math.Max(minQty, lot), s.GetOptionalDecimal("minTradeUSDT") ?? 0m, maxQty);
                list.Add(new Instrument(ExchangeId.Bitget, new Symbol(baseCoin, quoteCoin), name, rules, Status(s.GetString("status"))));
            }
            return list;
        });

    /// <summary>10^-<paramref name="decimals"/> as a decimal step.</summary>
    public static decimal Step(int decimals) =>
        decimals is < 0 or > 20 ? throw new WireFormatException($"precision {decimals} out of range") : new decimal(1, 0, 0, false, (byte)decimals);

    /// <summary>Bitget symbol status → trading status; unknown values fail loudly.</summary>
    public static TradingStatus Status(string status) => status switch
    {
        "online" => TradingStatus.Trading,
        "halt" or "offline" or "gray" => TradingStatus.Halted,
        _ => throw new WireFormatException($"unknown symbol status '{status}'"),
    };

    /// <summary>Candle rows <c>[ts(ms), open, high, low, close, baseVol, usdtVol, quoteVol]</c>, oldest first.</summary>
    public static Result<IReadOnlyList<Candle>> Candles(string data) =>
        WireJson.Parse<IReadOnlyList<Candle>>(data, "bitget candles", root =>
            root.Items().Select(r => new Candle(r.Int64At(0), r.DecimalAt(1), r.DecimalAt(2), r.DecimalAt(3), r.DecimalAt(4), r.DecimalAt(5), QuoteVolume: r.DecimalAt(7)))
                .OrderBy(c => c.OpenTimeMs).ToList());

    /// <summary>Order book <c>{asks:[[p,s]], bids, ts}</c>.</summary>
    public static Result<OrderBook> Book(string data, Symbol symbol) =>
        WireJson.Parse(data, "bitget orderbook", root => new OrderBook(symbol, root.GetInt64("ts"), Levels(root, "bids"), Levels(root, "asks")));

    /// <summary>Tickers; symbols that cannot be split are skipped.</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string data, BitgetSymbolMapper mapper) =>
        WireJson.Parse<IReadOnlyList<Ticker>>(data, "bitget tickers", root =>
        {
            var list = new List<Ticker>();
            foreach (var t in root.Items())
            {
                if (!mapper.TryFromExchange(t.GetString("symbol"), out var symbol)) continue;
                list.Add(new Ticker(symbol, t.GetOptionalDecimal("bidPr") ?? 0m, t.GetOptionalDecimal("askPr") ?? 0m, t.GetDecimal("lastPr"),
                    t.GetDecimal("baseVolume"), t.GetDecimal("quoteVolume"), t.GetInt64("ts")));
            }
            return list;
        });

    /// <summary>Assets: locked = frozen + locked; zero balances dropped.</summary>
    public static Result<IReadOnlyList<Balance>> Balances(string data) =>
        WireJson.Parse<IReadOnlyList<Balance>>(data, "bitget assets", root =>
            root.Items().Select(b => new Balance(b.GetString("coin"), b.GetDecimal("available"),
                    (b.GetOptionalDecimal("frozen") ?? 0m) + (b.GetOptionalDecimal("locked") ?? 0m)))
                .Where(b => b.Total != 0).ToList());

    /// <summary>
    /// Account info → key report. <c>authorities</c> lists what the key may do (values partly unverified: read-only,
    /// spot trade, withdraw, transfer, margin, contract); <c>ips</c> is the comma-separated bound IP list.
    /// </summary>
    public static Result<KeyReport> KeyReport(string data) =>
        WireJson.Parse(data, "bitget account info", root =>
        {
            var authorities = root.Items("authorities").Select(a => a.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var ips = (root.GetOptionalString("ips") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Permission Has(params string[] names) => names.Any(authorities.Contains) ? Permission.Granted : Permission.Denied;
            return new KeyReport(
                Read: authorities.Count > 0 ? Permission.Granted : Permission.Denied,
                SpotTrade: Has("trade", "spot_trade", "spottrade"),
                Withdraw: Has("withdraw", "wd"),
                Transfer: Has("transfer"),
                Margin: Has("margin", "margin_trade"),
                Derivatives: Has("contract", "futures", "mix_trade"),
                IpRestricted: ips.Length > 0 ? Permission.Granted : Permission.Denied,
                AllowedIps: ips,
                Note: "Bitget authority names are partly unverified; any key that answers can read.");
        });

    private static List<BookLevel> Levels(JsonElement root, string side) =>
        root.Items(side).Select(l => new BookLevel(l.DecimalAt(0), l.DecimalAt(1))).ToList();

    /// <summary>Formats a ms timestamp for a query.</summary>
    public static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);
}
