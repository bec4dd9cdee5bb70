using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Bybit.BybitWire;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit's public spot market data: time, instruments-info, kline (newest first), orderbook, tickers.</summary>
internal static class BybitMarketRoutes
{
    private static readonly Dictionary<string, Timeframe?> Intervals = new(StringComparer.Ordinal)
    {
        ["1"] = Timeframe.M1, ["3"] = null, ["5"] = Timeframe.M5, ["15"] = Timeframe.M15, ["30"] = null, ["60"] = Timeframe.H1,
        ["120"] = null, ["240"] = Timeframe.H4, ["360"] = null, ["720"] = null, ["D"] = Timeframe.D1, ["W"] = null, ["M"] = null,
    };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/v5/market/time", () =>
        {
            var now = state.Clock.GetUtcNow();
            var ms = now.ToUnixTimeMilliseconds();
            return Ok(new { timeSecond = (ms / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), timeNano = (ms * 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) }, ms);
        }).ForDialect(dialect);
        app.MapGet("/v5/market/instruments-info", (HttpContext c) => Instruments(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/v5/market/kline", (HttpContext c) => Klines(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/v5/market/orderbook", (HttpContext c) => Book(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/v5/market/tickers", (HttpContext c) => Tickers(state, c.Request.Query)).ForDialect(dialect);
    }

    private static IResult Instruments(SimulatorState state, IQueryCollection q)
    {
        if (q["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", state.NowMs);
        string? only = q["symbol"];
        var markets = state.Engine.Markets.Where(m => only is null || Symbol(m.Symbol) == only).ToList();
        return Ok(new
        {
            category = "spot",
            list = markets.Select(m => new
            {
                symbol = Symbol(m.Symbol), baseCoin = m.Symbol.Base, quoteCoin = m.Symbol.Quote, innovation = "0",
                status = m.Status switch { TradingStatus.Trading => "Trading", TradingStatus.Halted => "Closed", _ => "PreLaunch" },
                marginTrading = "none", stTag = "0",
                lotSizeFilter = new
                {
                    basePrecision = D(m.Rules.LotStep), quotePrecision = "0.00000001", minOrderQty = D(m.Rules.MinQuantity),
                    maxOrderQty = D(m.Rules.MaxQuantity ?? 9_000m), minOrderAmt = D(m.Rules.MinNotional), maxOrderAmt = "2000000",
                },
                priceFilter = new { tickSize = D(m.Rules.TickSize) },
                riskParameters = new { priceLimitRatioX = "0.05", priceLimitRatioY = "0.1" },
            }),
        }, state.NowMs);
    }

    private static IResult Klines(SimulatorState state, IQueryCollection q)
    {
        var now = state.NowMs;
        if (q["category"].Count > 0 && q["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        if (ParseSymbol(q["symbol"], state.Engine) is not { } symbol) return Error(10001, "Not supported symbols", now);
        if (q["interval"].ToString() is not { Length: > 0 } interval || !Intervals.TryGetValue(interval, out var tf)) return Error(10001, "Invalid period!", now);
        var limit = q["limit"].Count == 0 ? 200 : (int)(Long(q["limit"]) ?? -1);
        if (limit is < 1 or > 1000) return Error(10001, "params error: limit must be in [1, 1000]", now);
        var start = Long(q["start"]);
        var end = Long(q["end"]);
        IReadOnlyList<Candle> series = tf is { } t ? state.Feed.Candles(symbol, t, now) : [];
        var inRange = series.Where(c => (start is null || c.OpenTimeMs >= start) && (end is null || c.OpenTimeMs <= end));
        // With an end (or neither), Bybit answers the newest `limit` candles; with only a start, the first ones.
        var chosen = start is not null && end is null ? inRange.Take(limit) : inRange.TakeLast(limit);
        var rows = chosen.Reverse().Select(c => new[]
        {
            c.OpenTimeMs.ToString(System.Globalization.CultureInfo.InvariantCulture), D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume),
            D(c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m),
        }).ToList();
        return Ok(new { symbol = Symbol(symbol), category = "spot", list = rows }, now);
    }

    private static IResult Book(SimulatorState state, IQueryCollection q)
    {
        var now = state.NowMs;
        if (q["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        if (ParseSymbol(q["symbol"], state.Engine) is not { } symbol) return Error(10001, "params error: symbol invalid", now);
        var limit = q["limit"].Count == 0 ? 1 : (int)(Long(q["limit"]) ?? -1);
        if (limit is < 1 or > 200) return Error(10001, "params error: limit must be in [1, 200] for spot", now);
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) book;
        lock (state.Engine.Gate) book = market.Book(limit);
        return Ok(new
        {
            s = Symbol(symbol),
            b = book.Bids.Select(l => new[] { D(l.Price), D(l.Quantity) }),
            a = book.Asks.Select(l => new[] { D(l.Price), D(l.Quantity) }),
            ts = now, u = market.LastPriceMs, seq = market.LastPriceMs, cts = market.LastPriceMs,
        }, now);
    }

    private static IResult Tickers(SimulatorState state, IQueryCollection q)
    {
        var now = state.NowMs;
        if (q["category"] != "spot") return Error(10001, "params error: category is invalid (only spot is served)", now);
        string? only = q["symbol"];
        if (only is not null && ParseSymbol(only, state.Engine) is null) return Error(10001, "Not supported symbols", now);
        var list = state.Engine.Markets.Where(m => only is null || Symbol(m.Symbol) == only).Select(m => Ticker(m, state, now)).ToList();
        return Ok(new { category = "spot", list }, now);
    }

    private static object Ticker(SimMarket m, SimulatorState state, long now)
    {
        var (tf, _) = state.Feed.Library.Finest(m.Symbol);
        var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var last = m.LastPrice;
        var open = day.Count > 0 ? day[0].Open : last;
        var (bid, ask) = m.Top();
        return new
        {
            symbol = Symbol(m.Symbol), bid1Price = D(bid.Price), bid1Size = D(bid.Quantity), ask1Price = D(ask.Price), ask1Size = D(ask.Quantity),
            lastPrice = D(last), prevPrice24h = D(open), price24hPcnt = D(open == 0 ? 0 : Math.Round((last - open) / open, 4)),
            highPrice24h = D(Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last)),
            lowPrice24h = D(Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last)),
            turnover24h = D(day.Sum(c => c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m)),
            volume24h = D(day.Sum(c => c.Volume)), usdIndexPrice = D(last),
        };
    }
}
