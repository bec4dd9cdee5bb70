using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Dialects.Kucoin;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Gate.GateWire;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>Gate's public spot data: time, currency pairs (decimal counts), candlesticks (odd column order, oldest first), order book, tickers.</summary>
internal static class GateMarketRoutes
{
    private static readonly string[] Intervals = ["10s", "1m", "5m", "15m", "30m", "1h", "4h", "8h", "1d", "7d", "30d"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet(Prefix + "/spot/time", () => Ok(new { server_time = state.NowMs })).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/currency_pairs", () => Ok(state.Engine.Markets.Select(m => new
        {
            id = Pair(m.Symbol), @base = m.Symbol.Base, base_name = m.Symbol.Base, quote = m.Symbol.Quote, quote_name = m.Symbol.Quote, fee = "0.2",
            min_base_amount = D(m.Rules.MinQuantity), min_quote_amount = D(m.Rules.MinNotional), max_base_amount = m.Rules.MaxQuantity is { } x ? D(x) : null,
            max_quote_amount = "10000000", amount_precision = Decimals(m.Rules.LotStep), precision = Decimals(m.Rules.TickSize),
            trade_status = m.Status == TradingStatus.Trading ? "tradable" : "untradable", sell_start = 0, buy_start = 0, delisting_time = 0,
            trade_url = "https://www.gate.io/trade/" + Pair(m.Symbol), st_tag = false,
        }).ToList())).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/candlesticks", (HttpContext c) => Candles(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/order_book", (HttpContext c) => Book(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet(Prefix + "/spot/tickers", (HttpContext c) => Tickers(state, c.Request.Query["currency_pair"])).ForDialect(dialect);
    }

    private static IResult Candles(SimulatorState state, IQueryCollection query)
    {
        if (ParsePair(query["currency_pair"], state.Engine) is not { } symbol) return PairNotFound();
        string interval = query["interval"].Count == 0 ? "30m" : query["interval"].ToString();
        if (!Intervals.Contains(interval, StringComparer.Ordinal)) return Error("INVALID_PARAM_VALUE", $"Invalid interval {interval}");
        long? from = long.TryParse(query["from"], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f * 1000 : null;
        long? to = long.TryParse(query["to"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t * 1000 : null;
        int? limit = int.TryParse(query["limit"], out var l) ? l : null;
        if (limit is not null && (from is not null || to is not null)) return Error("INVALID_PARAM_VALUE", "limit cannot be used together with from and to");
        if (limit is < 1 or > 1000) return Error("INVALID_PARAM_VALUE", "limit must be between 1 and 1000");
        IReadOnlyList<Candle> series = Qari.Exchanges.Gate.GateTimeframes.TryFromWire(interval, out var tf) ? state.Feed.Candles(symbol, tf, state.NowMs) : [];
        var length = Qari.Exchanges.Gate.GateTimeframes.TryFromWire(interval, out var tf2) ? tf2.Milliseconds() : 60_000L;
        if (from is not null && ((to ?? state.NowMs) - from.Value) / length >= 1000)
            return Error("INVALID_PARAM_VALUE", "Too many points requested: at most 1000 per call");
        IEnumerable<Candle> selected = series.Where(c => (from is null || c.OpenTimeMs >= from) && (to is null || c.OpenTimeMs <= to));
        selected = from is null ? selected.TakeLast(limit ?? 100) : selected;
        var now = state.NowMs;
        return Ok(selected.Select(c => new[]
        {
            Seconds(c.OpenTimeMs), D(c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m), D(c.Close), D(c.High), D(c.Low), D(c.Open),
            D(c.Volume), c.OpenTimeMs + length <= now ? "true" : "false",
        }).ToList());
    }

    private static IResult Book(SimulatorState state, IQueryCollection query)
    {
        if (ParsePair(query["currency_pair"], state.Engine) is not { } symbol) return PairNotFound();
        var limit = int.TryParse(query["limit"], out var l) ? l : 10;
        if (limit is < 1 or > 1000) return Error("INVALID_PARAM_VALUE", "limit must be between 1 and 1000");
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) book;
        lock (state.Engine.Gate) book = market.Book(limit);
        return Ok(new
        {
            id = query["with_id"] == "true" ? market.LastPriceMs : (long?)null,
            current = state.NowMs,
            update = market.LastPriceMs,
            asks = book.Asks.Select(a => new[] { D(a.Price), D(a.Quantity) }),
            bids = book.Bids.Select(b => new[] { D(b.Price), D(b.Quantity) }),
        });
    }

    private static IResult Tickers(SimulatorState state, string? only)
    {
        var markets = state.Engine.Markets.Where(m => only is null || Pair(m.Symbol) == only).ToList();
        if (only is not null && markets.Count == 0) return PairNotFound();
        return Ok(markets.Select(m =>
        {
            var day = SimDayStats.Of(m, state);
            var (bid, ask) = m.Top();
            return new
            {
                currency_pair = Pair(m.Symbol), last = D(day.Last), lowest_ask = D(ask.Price), lowest_size = D(ask.Quantity), highest_bid = D(bid.Price),
                highest_size = D(bid.Quantity), change_percentage = D(day.Open == 0 ? 0 : Math.Round((day.Last - day.Open) / day.Open * 100, 2)),
                base_volume = D(day.Volume), quote_volume = D(day.QuoteVolume), high_24h = D(day.High), low_24h = D(day.Low),
            };
        }).ToList());
    }
}
