using Qari.Exchanges.Bybit.Wire;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using static Qari.Exchanges.Bybit.BybitValues;
using static Qari.Exchanges.Common.WireNumbers;

namespace Qari.Exchanges.Bybit;

/// <summary>Turns Bybit v5 public market-data responses into Qari's types; never throws on bad input.</summary>
public static class BybitParser
{
    private static BybitJsonContext Json => BybitJsonContext.Default;

    /// <summary>Parses <c>/v5/market/time</c> (nanosecond precision, truncated to ms).</summary>
    public static Result<DateTimeOffset> ParseServerTime(string json)
    {
        var r = Unwrap(json, Json.BybitEnvelopeBybitServerTime, "server time");
        if (!r.IsSuccess) return r.Error;
        if (long.TryParse(r.Value.TimeNano, out var nanos) && nanos > 0)
            return DateTimeOffset.FromUnixTimeMilliseconds(nanos / 1_000_000);
        if (long.TryParse(r.Value.TimeSecond, out var seconds) && seconds > 0)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return Bad("server time", "neither timeNano nor timeSecond is a number");
    }

    /// <summary>Parses <c>/v5/market/instruments-info?category=spot</c> and teaches the mapper each symbol's split.</summary>
    public static Result<(IReadOnlyList<Instrument> Instruments, string? NextCursor)> ParseInstruments(string json, BybitSymbolMapper mapper)
    {
        const string where = "instruments-info";
        var r = Unwrap(json, Json.BybitEnvelopeBybitListBybitInstrument, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<Instrument>();
        foreach (var row in r.Value.List ?? [])
        {
            if (row.Symbol is null || !Symbol.TryParse($"{row.BaseCoin}/{row.QuoteCoin}", out var symbol))
                return Bad(where, $"instrument '{row.Symbol}' has no valid baseCoin/quoteCoin");
            var lot = row.LotSizeFilter;
            if (lot is null || row.PriceFilter is null) return Bad(where, $"instrument '{row.Symbol}' lacks lotSizeFilter/priceFilter");
            if (!Required(row.PriceFilter.TickSize, "tickSize", where, out var tick, out var e)) return e;
            if (!Required(lot.BasePrecision, "basePrecision", where, out var step, out e)) return e;
            if (!TryOptionalDecimal(lot.MinOrderQty, out var minQty) || !TryOptionalDecimal(lot.MinOrderAmt, out var minAmt)
                || !TryOptionalDecimal(lot.MaxOrderQty, out var maxQty))
                return Bad(where, $"instrument '{row.Symbol}' has a non-numeric lot rule");
            var status = row.Status switch
            {
                "Trading" => TradingStatus.Trading,
                "PreLaunch" => TradingStatus.Maintenance,
                "Delivering" or "Closed" or "Suspended" => TradingStatus.Halted,
                _ => (TradingStatus?)null,
            };
            if (status is null) return Bad(where, $"unknown instrument status '{row.Status}' for {row.Symbol}");
            mapper.Learn(row.Symbol, symbol);
            // minOrderQty is deprecated for spot; minOrderAmt (notional) and basePrecision are what Bybit enforces.
            var rules = new InstrumentRules(tick, step, minQty ?? step, minAmt ?? 0m, maxQty);
            list.Add(new Instrument(ExchangeId.Bybit, symbol, row.Symbol, rules, status.Value));
        }
        return (list, string.IsNullOrEmpty(r.Value.NextPageCursor) ? null : r.Value.NextPageCursor);
    }

    /// <summary>Parses <c>/v5/market/kline</c> rows <c>[start, o, h, l, c, volume, turnover]</c> (newest first) into oldest-first candles.</summary>
    public static Result<IReadOnlyList<Candle>> ParseKlines(string json)
    {
        const string where = "kline";
        var r = Unwrap(json, Json.BybitEnvelopeBybitKlines, where);
        if (!r.IsSuccess) return r.Error;
        var rows = r.Value.List ?? [];
        var candles = new Candle[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || row.Count < 7) return Bad(where, $"row {i} has {row?.Count ?? 0} fields, expected 7");
            if (!TryMs(row[0], out var start) || !TryDecimal(row[1], out var o) || !TryDecimal(row[2], out var h)
                || !TryDecimal(row[3], out var l) || !TryDecimal(row[4], out var c) || !TryDecimal(row[5], out var v)
                || !TryDecimal(row[6], out var turnover))
                return Bad(where, $"row {i} has a non-numeric field");
            candles[rows.Count - 1 - i] = new Candle(start, o, h, l, c, v, turnover);
        }
        for (var i = 1; i < candles.Length; i++)
        {
            if (candles[i].OpenTimeMs <= candles[i - 1].OpenTimeMs)
                return Bad(where, "rows are not strictly newest-first");
        }
        return candles;
    }

    /// <summary>Parses <c>/v5/market/orderbook</c>.</summary>
    public static Result<OrderBook> ParseOrderBook(string json, Symbol symbol)
    {
        const string where = "orderbook";
        var r = Unwrap(json, Json.BybitEnvelopeBybitOrderBook, where);
        if (!r.IsSuccess) return r.Error;
        var bids = Levels(r.Value.B, "b");
        if (!bids.IsSuccess) return bids.Error;
        var asks = Levels(r.Value.A, "a");
        if (!asks.IsSuccess) return asks.Error;
        return new OrderBook(symbol, r.Value.Ts, bids.Value, asks.Value);

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

    /// <summary>Parses <c>/v5/market/tickers?category=spot</c>; rows whose symbol cannot be mapped are skipped.</summary>
    public static Result<IReadOnlyList<Ticker>> ParseTickers(string json, BybitSymbolMapper mapper, long timeMs)
    {
        const string where = "tickers";
        var r = Unwrap(json, Json.BybitEnvelopeBybitListBybitTicker, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<Ticker>();
        foreach (var t in r.Value.List ?? [])
        {
            if (!mapper.TryFromExchange(t.Symbol, out var symbol)) continue;
            if (!TryOptionalDecimal(t.Bid1Price, out var bid) || !TryOptionalDecimal(t.Ask1Price, out var ask)
                || !TryOptionalDecimal(t.LastPrice, out var last) || !TryOptionalDecimal(t.Volume24h, out var vol)
                || !TryOptionalDecimal(t.Turnover24h, out var turnover))
                return Bad(where, $"ticker '{t.Symbol}' has a non-numeric field");
            list.Add(new Ticker(symbol, bid ?? 0m, ask ?? 0m, last ?? 0m, vol ?? 0m, turnover ?? 0m, timeMs));
        }
        return list;
    }
}
