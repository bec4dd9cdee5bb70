using Qari.Exchanges.Gate.Dto;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>Turns Gate market-data and account responses into Qari's types; never throws on bad input.</summary>
public static class GateParser
{
    /// <summary><c>GET /spot/time</c>.</summary>
    public static Result<DateTimeOffset> ServerTime(string json) =>
        GateJson.Read<GateTimeDto>(json, "Gate server time").Map(t => DateTimeOffset.FromUnixTimeMilliseconds(t.ServerTime));

    /// <summary><c>GET /spot/currency_pairs</c>: decimal counts become step sizes (10^-n).</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string json)
    {
        var data = GateJson.Read<List<GateCurrencyPairDto>>(json, "Gate currency pairs");
        if (!data.IsSuccess) return data.Error;
        var list = new List<Instrument>(data.Value.Count);
        foreach (var p in data.Value)
        {
            if (!GateSymbols.TryFromExchange(p.Id, out var symbol)) continue;
            TradingStatus? status = p.TradeStatus switch
            {
                "tradable" => TradingStatus.Trading,
                "untradable" => TradingStatus.Halted,
                // Only one side open (listing or delisting phases): Qari needs both to enter and exit.
                "buyable" or "sellable" => TradingStatus.Halted,
                _ => null,
            };
            if (status is null) return Error.Malformed("Gate currency pairs", $"unknown trade_status '{p.TradeStatus}' for {p.Id}");
            if (p.Precision is < 0 or > 28 || p.AmountPrecision is < 0 or > 28)
                return Error.Malformed("Gate currency pairs", $"precision out of range for {p.Id}");
            var minBase = GateJson.TryDecimal(p.MinBaseAmount, out var mb) ? mb : 0m;
            var minQuote = GateJson.TryDecimal(p.MinQuoteAmount, out var mq) ? mq : 0m;
            decimal? maxBase = GateJson.TryDecimal(p.MaxBaseAmount, out var xb) ? xb : null;
            var rules = new InstrumentRules(Step(p.Precision), Step(p.AmountPrecision), minBase, minQuote, maxBase);
            list.Add(new Instrument(ExchangeId.Gate, symbol, p.Id, rules, status.Value));
        }
        return list;
    }

    /// <summary><c>GET /spot/candlesticks</c>: rows <c>[t(s), quote volume, close, high, low, open, base volume, closed]</c>, oldest first.</summary>
    public static Result<IReadOnlyList<Candle>> Candles(string json)
    {
        var data = GateJson.Read<List<List<string>>>(json, "Gate candlesticks");
        if (!data.IsSuccess) return data.Error;
        var candles = new List<Candle>(data.Value.Count);
        foreach (var row in data.Value)
        {
            if (row.Count < 7) return Error.Malformed("Gate candlesticks", $"a row has {row.Count} fields, expected at least 7");
            if (!long.TryParse(row[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || !GateJson.TryDecimal(row[1], out var quoteVolume) || !GateJson.TryDecimal(row[2], out var close)
                || !GateJson.TryDecimal(row[3], out var high) || !GateJson.TryDecimal(row[4], out var low)
                || !GateJson.TryDecimal(row[5], out var open) || !GateJson.TryDecimal(row[6], out var baseVolume))
                return Error.Malformed("Gate candlesticks", $"a row has a non-numeric field: [{string.Join(",", row)}]");
            candles.Add(new Candle(seconds * 1000L, open, high, low, close, baseVolume, quoteVolume));
        }
        candles.Sort((a, b) => a.OpenTimeMs.CompareTo(b.OpenTimeMs));
        return candles;
    }

    /// <summary><c>GET /spot/order_book</c>.</summary>
    public static Result<OrderBook> OrderBook(string json, Symbol symbol, int depth)
    {
        var data = GateJson.Read<GateOrderBookDto>(json, "Gate order book");
        if (!data.IsSuccess) return data.Error;
        var bids = Levels(data.Value.Bids, depth);
        var asks = Levels(data.Value.Asks, depth);
        if (bids is null || asks is null) return Error.Malformed("Gate order book", "a level is not a [price, amount] pair of numbers");
        return new OrderBook(symbol, data.Value.Current, bids, asks);
    }

    /// <summary><c>GET /spot/tickers</c> (tickers without a last price are skipped; a missing bid/ask is 0).</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string json, long timeMs)
    {
        var data = GateJson.Read<List<GateTickerDto>>(json, "Gate tickers");
        if (!data.IsSuccess) return data.Error;
        var list = new List<Ticker>(data.Value.Count);
        foreach (var t in data.Value)
        {
            if (!GateSymbols.TryFromExchange(t.CurrencyPair, out var symbol) || !GateJson.TryDecimal(t.Last, out var last)) continue;
            list.Add(new Ticker(symbol, Or0(t.HighestBid), Or0(t.LowestAsk), last, Or0(t.BaseVolume), Or0(t.QuoteVolume), timeMs));
        }
        return list;
    }

    /// <summary><c>GET /spot/accounts</c>.</summary>
    public static Result<IReadOnlyList<Abstractions.Balance>> Balances(string json)
    {
        var data = GateJson.Read<List<GateAccountDto>>(json, "Gate accounts");
        if (!data.IsSuccess) return data.Error;
        return data.Value.Select(a => new Abstractions.Balance(a.Currency, a.Available, a.Locked)).ToList();
    }

    /// <summary>10^-<paramref name="decimals"/> as an exact decimal step (precision 2 → 0.01).</summary>
    public static decimal Step(int decimals) => new(1, 0, 0, false, (byte)decimals);

    private static decimal Or0(string? text) => GateJson.TryDecimal(text, out var value) ? value : 0m;

    private static List<BookLevel>? Levels(IReadOnlyList<IReadOnlyList<string>> rows, int depth)
    {
        var levels = new List<BookLevel>(Math.Min(rows.Count, depth));
        foreach (var row in rows)
        {
            if (levels.Count >= depth) break;
            if (row.Count < 2 || !GateJson.TryDecimal(row[0], out var price) || !GateJson.TryDecimal(row[1], out var amount)) return null;
            levels.Add(new BookLevel(price, amount));
        }
        return levels;
    }
}
