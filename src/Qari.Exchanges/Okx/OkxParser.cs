using Qari.Exchanges.Okx.Wire;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using static Qari.Exchanges.Okx.OkxValues;
using static Qari.Exchanges.Common.WireNumbers;

namespace Qari.Exchanges.Okx;

/// <summary>Turns OKX v5 public market-data responses into Qari's types; never throws on bad input.</summary>
public static class OkxParser
{
    private static OkxJsonContext Json => OkxJsonContext.Default;

    /// <summary>Parses <c>/api/v5/public/time</c>.</summary>
    public static Result<DateTimeOffset> ParseServerTime(string json)
    {
        var r = Unwrap(json, Json.OkxEnvelopeOkxTime, "public/time");
        if (!r.IsSuccess) return r.Error;
        if (r.Value.Count == 0 || !TryMs(r.Value[0].Ts, out var ms)) return Bad("public/time", "no 'ts'");
        return DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }

    /// <summary>Parses <c>/api/v5/public/instruments?instType=SPOT</c>. OKX publishes no minimum notional, so it is 0.</summary>
    public static Result<IReadOnlyList<Instrument>> ParseInstruments(string json)
    {
        const string where = "public/instruments";
        var r = Unwrap(json, Json.OkxEnvelopeOkxInstrument, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<Instrument>(r.Value.Count);
        foreach (var i in r.Value)
        {
            if (i.InstId is null || !Symbol.TryParse($"{i.BaseCcy}/{i.QuoteCcy}", out var symbol))
                return Bad(where, $"instrument '{i.InstId}' has no valid baseCcy/quoteCcy");
            if (!TryDecimal(i.TickSz, out var tick) || !TryDecimal(i.LotSz, out var lot) || !TryDecimal(i.MinSz, out var min)
                || !TryOptionalDecimal(i.MaxLmtSz, out var max))
                return Bad(where, $"instrument '{i.InstId}' has a non-numeric rule");
            var status = i.State switch
            {
                "live" => TradingStatus.Trading,
                "suspend" => TradingStatus.Halted,
                "preopen" or "test" or "rebase" => TradingStatus.Maintenance,
                _ => (TradingStatus?)null,
            };
            if (status is null) return Bad(where, $"unknown instrument state '{i.State}' for {i.InstId}");
            list.Add(new Instrument(ExchangeId.Okx, symbol, i.InstId, new InstrumentRules(tick, lot, min, 0m, max), status.Value));
        }
        return list;
    }

    /// <summary>
    /// Parses <c>/market/candles</c> or <c>/market/history-candles</c> rows
    /// <c>[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]</c> (newest first) into oldest-first candles.
    /// For SPOT, vol is in base and volCcy in quote.
    /// </summary>
    public static Result<IReadOnlyList<Candle>> ParseCandles(string json)
    {
        const string where = "candles";
        var r = Unwrap(json, Json.OkxEnvelopeListString, where);
        if (!r.IsSuccess) return r.Error;
        var rows = r.Value;
        var candles = new Candle[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || row.Count < 7) return Bad(where, $"row {i} has {row?.Count ?? 0} fields, expected at least 7");
            if (!TryMs(row[0], out var ts) || !TryDecimal(row[1], out var o) || !TryDecimal(row[2], out var h)
                || !TryDecimal(row[3], out var l) || !TryDecimal(row[4], out var c) || !TryDecimal(row[5], out var v)
                || !TryDecimal(row[6], out var quoteVolume))
                return Bad(where, $"row {i} has a non-numeric field");
            candles[rows.Count - 1 - i] = new Candle(ts, o, h, l, c, v, quoteVolume);
        }
        for (var i = 1; i < candles.Length; i++)
        {
            if (candles[i].OpenTimeMs <= candles[i - 1].OpenTimeMs) return Bad(where, "rows are not strictly newest-first");
        }
        return candles;
    }

    /// <summary>Parses <c>/api/v5/market/books</c>.</summary>
    public static Result<OrderBook> ParseOrderBook(string json, Symbol symbol)
    {
        const string where = "market/books";
        var r = Unwrap(json, Json.OkxEnvelopeOkxOrderBook, where);
        if (!r.IsSuccess) return r.Error;
        if (r.Value.Count == 0) return Bad(where, "no book in 'data'");
        var book = r.Value[0];
        if (!TryMs(book.Ts, out var ts)) return Bad(where, "bad 'ts'");
        var bids = Levels(book.Bids, "bids");
        if (!bids.IsSuccess) return bids.Error;
        var asks = Levels(book.Asks, "asks");
        if (!asks.IsSuccess) return asks.Error;
        return new OrderBook(symbol, ts, bids.Value, asks.Value);

        static Result<IReadOnlyList<BookLevel>> Levels(List<List<string>>? rows, string side)
        {
            var levels = new List<BookLevel>(rows?.Count ?? 0);
            foreach (var row in rows ?? [])
            {
                if (row is null || row.Count < 2 || !TryDecimal(row[0], out var p) || !TryDecimal(row[1], out var q))
                    return Bad(where, $"bad level in '{side}'");
                levels.Add(new BookLevel(p, q));
            }
            return levels;
        }
    }

    /// <summary>Parses <c>/api/v5/market/tickers?instType=SPOT</c>.</summary>
    public static Result<IReadOnlyList<Ticker>> ParseTickers(string json)
    {
        const string where = "market/tickers";
        var r = Unwrap(json, Json.OkxEnvelopeOkxTicker, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<Ticker>(r.Value.Count);
        foreach (var t in r.Value)
        {
            if (!OkxSymbolMapper.TryFromExchange(t.InstId, out var symbol)) continue;
            if (!TryOptionalDecimal(t.BidPx, out var bid) || !TryOptionalDecimal(t.AskPx, out var ask)
                || !TryOptionalDecimal(t.Last, out var last) || !TryOptionalDecimal(t.Vol24h, out var vol)
                || !TryOptionalDecimal(t.VolCcy24h, out var quoteVol) || !TryMs(t.Ts, out var ts))
                return Bad(where, $"ticker '{t.InstId}' has a non-numeric field");
            list.Add(new Ticker(symbol, bid ?? 0m, ask ?? 0m, last ?? 0m, vol ?? 0m, quoteVol ?? 0m, ts));
        }
        return list;
    }
}
