using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Binance.BinanceWire;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>Binance's public market-data endpoints: ping, time, exchangeInfo, klines, depth, tickers.</summary>
internal static class BinanceMarketRoutes
{
    private static readonly string[] BinanceIntervals = ["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v3/ping", () => Results.Json(new { }, Json)).ForDialect(dialect);
        app.MapGet("/api/v3/time", () => Results.Json(new { serverTime = state.NowMs }, Json)).ForDialect(dialect);
        app.MapGet("/api/v3/exchangeInfo", (HttpContext c) => ExchangeInfo(state, c.Request.Query["symbol"])).ForDialect(dialect, 20);
        app.MapGet("/api/v3/klines", (HttpContext c) => Klines(state, c.Request.Query)).ForDialect(dialect, 2);
        app.MapGet("/api/v3/depth", (HttpContext c) => Depth(state, c.Request.Query)).ForDialect(dialect, 5);
        app.MapGet("/api/v3/ticker/24hr", (HttpContext c) => Tickers(state, c.Request.Query["symbol"], Ticker24h)).ForDialect(dialect, 80);
        app.MapGet("/api/v3/ticker/bookTicker", (HttpContext c) => Tickers(state, c.Request.Query["symbol"], BookTicker)).ForDialect(dialect, 4);
        app.MapGet("/api/v3/ticker/price", (HttpContext c) => Tickers(state, c.Request.Query["symbol"], (m, _) => new { symbol = Symbol(m.Symbol), price = D(m.LastPrice) })).ForDialect(dialect, 4);
    }

    private static IResult ExchangeInfo(SimulatorState state, string? only)
    {
        var markets = state.Engine.Markets.Where(m => only is null || Symbol(m.Symbol) == only).ToList();
        if (only is not null && markets.Count == 0) return InvalidSymbol();
        return Results.Json(new
        {
            timezone = "UTC",
            serverTime = state.NowMs,
            rateLimits = new object[]
            {
                new { rateLimitType = "REQUEST_WEIGHT", interval = "MINUTE", intervalNum = 1, limit = 6000 },
                new { rateLimitType = "ORDERS", interval = "SECOND", intervalNum = 10, limit = 50 },
                new { rateLimitType = "ORDERS", interval = "DAY", intervalNum = 1, limit = 160000 },
                new { rateLimitType = "RAW_REQUESTS", interval = "MINUTE", intervalNum = 5, limit = 61000 },
            },
            exchangeFilters = Array.Empty<object>(),
            symbols = markets.Select(m => new
            {
                symbol = Symbol(m.Symbol),
                status = m.Status switch { Qari.Model.Instruments.TradingStatus.Trading => "TRADING", Qari.Model.Instruments.TradingStatus.Halted => "HALT", _ => "BREAK" },
                baseAsset = m.Symbol.Base,
                baseAssetPrecision = 8,
                quoteAsset = m.Symbol.Quote,
                quotePrecision = 8,
                quoteAssetPrecision = 8,
                orderTypes = new[] { "LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT" },
                icebergAllowed = false,
                ocoAllowed = false,
                quoteOrderQtyMarketAllowed = true,
                allowTrailingStop = false,
                cancelReplaceAllowed = false,
                isSpotTradingAllowed = true,
                isMarginTradingAllowed = false,
                filters = new object[]
                {
                    new { filterType = "PRICE_FILTER", minPrice = D(m.Rules.TickSize), maxPrice = D(1_000_000m), tickSize = D(m.Rules.TickSize) },
                    new { filterType = "LOT_SIZE", minQty = D(m.Rules.MinQuantity), maxQty = D(m.Rules.MaxQuantity ?? 9_000m), stepSize = D(m.Rules.LotStep) },
                    new { filterType = "NOTIONAL", minNotional = D(m.Rules.MinNotional), applyMinToMarket = true, maxNotional = D(9_000_000m), applyMaxToMarket = false, avgPriceMins = 5 },
                    new { filterType = "MARKET_LOT_SIZE", minQty = D(0m), maxQty = D(m.Rules.MaxQuantity ?? 9_000m), stepSize = D(0m) },
                },
                permissions = Array.Empty<string>(),
                permissionSets = new[] { new[] { "SPOT" } },
                defaultSelfTradePreventionMode = "EXPIRE_MAKER",
                allowedSelfTradePreventionModes = new[] { "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH" },
            }),
        }, Json);
    }

    private static IResult Klines(SimulatorState state, IQueryCollection query)
    {
        if (ParseSymbol(query["symbol"], state.Engine) is not { } symbol) return query["symbol"].Count == 0 ? Mandatory("symbol") : InvalidSymbol();
        string? interval = query["interval"];
        if (interval is null) return Mandatory("interval");
        if (!BinanceIntervals.Contains(interval, StringComparer.Ordinal)) return Error(-1120, "Invalid interval.");
        var limit = int.TryParse(query["limit"], out var l) ? l : 500;
        if (limit is < 1 or > 1000) return Error(-1130, "Invalid data sent for a parameter.");
        long? start = long.TryParse(query["startTime"], out var s) ? s : null;
        long? end = long.TryParse(query["endTime"], out var e) ? e : null;
        // Binance intervals Qari has no Timeframe for (1s, 3m, 1w...) are valid but have no history here.
        IReadOnlyList<Candle> series = Timeframes.TryParse(interval, out var tf) && interval != "1M" ? state.Feed.Candles(symbol, tf, state.NowMs) : [];
        IEnumerable<Candle> selected = series.Where(c => (start is null || c.OpenTimeMs >= start) && (end is null || c.OpenTimeMs <= end));
        selected = start is null ? selected.TakeLast(limit) : selected.Take(limit);
        var length = tf.Milliseconds();
        var rows = selected.Select(c =>
        {
            var quote = c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m;
            return new object[] { c.OpenTimeMs, D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume), c.OpenTimeMs + length - 1, D(quote), 0, D(c.TakerBuyVolume ?? 0m), D(0m), "0" };
        });
        return Results.Json(rows, Json);
    }

    private static IResult Depth(SimulatorState state, IQueryCollection query)
    {
        if (ParseSymbol(query["symbol"], state.Engine) is not { } symbol) return query["symbol"].Count == 0 ? Mandatory("symbol") : InvalidSymbol();
        var limit = int.TryParse(query["limit"], out var l) ? l : 100;
        if (limit is < 1 or > 5000) return Error(-1130, "Invalid data sent for a parameter.");
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks) book;
        lock (state.Engine.Gate) book = market.Book(limit);
        return Results.Json(new
        {
            lastUpdateId = market.LastPriceMs,
            bids = book.bids.Select(b => new[] { D(b.Price), D(b.Quantity) }),
            asks = book.asks.Select(a => new[] { D(a.Price), D(a.Quantity) }),
        }, Json);
    }

    private static IResult Tickers(SimulatorState state, string? only, Func<SimMarket, SimulatorState, object> render)
    {
        if (only is not null)
            return ParseSymbol(only, state.Engine) is { } symbol ? Results.Json(render(state.Engine.Market(symbol)!, state), Json) : InvalidSymbol();
        return Results.Json(state.Engine.Markets.Select(m => render(m, state)).ToList(), Json);
    }

    private static object BookTicker(SimMarket m, SimulatorState state)
    {
        var (bid, ask) = m.Top();
        return new { symbol = Symbol(m.Symbol), bidPrice = D(bid.Price), bidQty = D(bid.Quantity), askPrice = D(ask.Price), askQty = D(ask.Quantity) };
    }

    private static object Ticker24h(SimMarket m, SimulatorState state)
    {
        var now = state.NowMs;
        var (tf, _) = state.Feed.Library.Finest(m.Symbol);
        var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var last = m.LastPrice;
        var open = day.Count > 0 ? day[0].Open : last;
        var high = Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last);
        var low = Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last);
        var volume = day.Sum(c => c.Volume);
        var quoteVolume = day.Sum(c => c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m);
        var (bid, ask) = m.Top();
        return new
        {
            symbol = Symbol(m.Symbol), priceChange = D(last - open), priceChangePercent = (open == 0 ? 0 : (last - open) / open * 100).ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
            weightedAvgPrice = D(volume > 0 ? quoteVolume / volume : last), prevClosePrice = D(open), lastPrice = D(last), lastQty = D(0m),
            bidPrice = D(bid.Price), bidQty = D(bid.Quantity), askPrice = D(ask.Price), askQty = D(ask.Quantity),
            openPrice = D(open), highPrice = D(high), lowPrice = D(low), volume = D(volume), quoteVolume = D(quoteVolume),
            openTime = now - 86_400_000L, closeTime = now, firstId = -1, lastId = -1, count = 0,
        };
    }
}
