using Qari.Exchanges.Kucoin.Dto;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>Turns KuCoin market-data and account responses into Qari's types; never throws on bad input.</summary>
public static class KucoinParser
{
    /// <summary><c>GET /api/v1/timestamp</c>: the server time.</summary>
    public static Result<DateTimeOffset> ServerTime(string json) =>
        KucoinJson.ReadData<long>(json, "KuCoin server time").Map(DateTimeOffset.FromUnixTimeMilliseconds);

    /// <summary><c>GET /api/v2/symbols</c>: instruments with rules (symbols Qari cannot name are skipped).</summary>
    public static Result<IReadOnlyList<Instrument>> Instruments(string json)
    {
        var data = KucoinJson.ReadData<List<KucoinSymbolDto>>(json, "KuCoin symbols");
        if (!data.IsSuccess) return data.Error;
        var list = new List<Instrument>(data.Value.Count);
        foreach (var s in data.Value)
        {
            if (!KucoinSymbols.TryFromExchange(s.Symbol, out var symbol)) continue;
            var rules = new InstrumentRules(s.PriceIncrement, s.BaseIncrement, s.BaseMinSize, s.MinFunds ?? s.QuoteMinSize ?? 0m, s.BaseMaxSize);
            list.Add(new Instrument(ExchangeId.Kucoin, symbol, s.Symbol, rules, s.EnableTrading ? TradingStatus.Trading : TradingStatus.Halted));
        }
        return list;
    }

    /// <summary><c>GET /api/v1/market/candles</c>: rows <c>[t(s), open, close, high, low, volume, turnover]</c>, newest first; returned oldest first.</summary>
    public static Result<IReadOnlyList<Candle>> Candles(string json)
    {
        var data = KucoinJson.ReadData<List<List<string>>>(json, "KuCoin candles");
        if (!data.IsSuccess) return data.Error;
        var candles = new List<Candle>(data.Value.Count);
        foreach (var row in data.Value)
        {
            if (row.Count < 7) return Error.Malformed("KuCoin candles", $"a row has {row.Count} fields, expected 7");
            if (!long.TryParse(row[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || !KucoinJson.TryDecimal(row[1], out var open) || !KucoinJson.TryDecimal(row[2], out var close)
                || !KucoinJson.TryDecimal(row[3], out var high) || !KucoinJson.TryDecimal(row[4], out var low)
                || !KucoinJson.TryDecimal(row[5], out var volume) || !KucoinJson.TryDecimal(row[6], out var turnover))
                return Error.Malformed("KuCoin candles", $"a row has a non-numeric field: [{string.Join(",", row)}]");
            candles.Add(new Candle(seconds * 1000L, open, high, low, close, volume, turnover));
        }
        candles.Sort((a, b) => a.OpenTimeMs.CompareTo(b.OpenTimeMs));
        return candles;
    }

    /// <summary><c>GET /api/v1/market/orderbook/level2_N</c>: bids best first, asks best first.</summary>
    public static Result<OrderBook> OrderBook(string json, Symbol symbol, int depth)
    {
        var data = KucoinJson.ReadData<KucoinOrderBookDto>(json, "KuCoin order book");
        if (!data.IsSuccess) return data.Error;
        var bids = Levels(data.Value.Bids, depth);
        var asks = Levels(data.Value.Asks, depth);
        if (bids is null || asks is null) return Error.Malformed("KuCoin order book", "a level is not a [price, size] pair of numbers");
        return new OrderBook(symbol, data.Value.Time, bids, asks);
    }

    /// <summary><c>GET /api/v1/market/allTickers</c>: best bid/ask, last and 24h volumes (tickers without prices are skipped).</summary>
    public static Result<IReadOnlyList<Ticker>> Tickers(string json)
    {
        var data = KucoinJson.ReadData<KucoinAllTickersDto>(json, "KuCoin tickers");
        if (!data.IsSuccess) return data.Error;
        var list = new List<Ticker>(data.Value.Ticker.Count);
        foreach (var t in data.Value.Ticker)
        {
            if (!KucoinSymbols.TryFromExchange(t.Symbol, out var symbol) || t.Last is null) continue;
            list.Add(new Ticker(symbol, t.Buy ?? 0m, t.Sell ?? 0m, t.Last.Value, t.Vol ?? 0m, t.VolValue ?? 0m, data.Value.Time));
        }
        return list;
    }

    /// <summary><c>GET /api/v1/accounts?type=trade</c>: spot trading balances (other account types are ignored).</summary>
    public static Result<IReadOnlyList<Abstractions.Balance>> Balances(string json)
    {
        var data = KucoinJson.ReadData<List<KucoinAccountDto>>(json, "KuCoin accounts");
        if (!data.IsSuccess) return data.Error;
        return data.Value.Where(a => a.Type == "trade").Select(a => new Abstractions.Balance(a.Currency, a.Available, a.Holds)).ToList();
    }

    private static List<BookLevel>? Levels(IReadOnlyList<IReadOnlyList<string>> rows, int depth)
    {
        var levels = new List<BookLevel>(Math.Min(rows.Count, depth));
        foreach (var row in rows)
        {
            if (levels.Count >= depth) break;
            if (row.Count < 2 || !KucoinJson.TryDecimal(row[0], out var price) || !KucoinJson.TryDecimal(row[1], out var size)) return null;
            levels.Add(new BookLevel(price, size));
        }
        return levels;
    }
}
