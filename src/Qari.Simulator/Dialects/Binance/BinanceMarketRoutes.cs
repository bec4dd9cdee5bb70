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
        // Weights as published: ticker/24hr 2 for one symbol or 1-20 in symbols, 40 for 21-100, 80 above or for all;
        // bookTicker and price 2 for one symbol, 4 for several or all.
        app.MapGet("/api/v3/ticker/24hr", (HttpContext c) => Tickers(state, c.Request.Query, Ticker24h))
            .ForDialect(dialect, r => TickerWeight(r.Query, one: 2, all: 80, count => count <= 20 ? 2 : count <= 100 ? 40 : 80));
        app.MapGet("/api/v3/ticker/bookTicker", (HttpContext c) => Tickers(state, c.Request.Query, BookTicker))
            .ForDialect(dialect, r => TickerWeight(r.Query, one: 2, all: 4, _ => 4));
        app.MapGet("/api/v3/ticker/price", (HttpContext c) => Tickers(state, c.Request.Query, (m, _) => new { symbol = Symbol(m.Symbol), price = D(m.LastPrice) }))
            .ForDialect(dialect, r => TickerWeight(r.Query, one: 2, all: 4, _ => 4));
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

    private static IResult Tickers(SimulatorState state, IQueryCollection query, Func<SimMarket, SimulatorState, object> render)
    {
        string? only = query["symbol"];
        string? several = query["symbols"];
        if (only is not null && several is not null) return Error(-1128, "Combination of optional parameters invalid.");
        if (only is not null)
            return ParseSymbol(only, state.Engine) is { } symbol ? Results.Json(render(state.Engine.Market(symbol)!, state), Json) : InvalidSymbol();
        if (several is null) return Results.Json(state.Engine.Markets.Select(m => render(m, state)).ToList(), Json);
        if (SymbolList(several) is not { } names) return IllegalSymbols();
        var markets = new List<SimMarket>();
        foreach (var name in names)
        {
            // One unknown symbol fails the whole request, as on Binance.
            if (ParseSymbol(name, state.Engine) is not { } symbol) return InvalidSymbol();
            markets.Add(state.Engine.Market(symbol)!);
        }
        return Results.Json(markets.Select(m => render(m, state)).ToList(), Json);
    }

    // The published weight: one symbol, the whole exchange, or by the number of symbols in the list.
    private static int TickerWeight(IQueryCollection query, int one, int all, Func<int, int> byCount)
    {
        if (query.ContainsKey("symbol")) return one;
        if (query["symbols"].FirstOrDefault() is not { } list) return all;
        return SymbolList(list) is { Count: > 0 } names ? byCount(names.Count) : one;
    }

    /// <summary>Binance's <c>symbols</c> form: a JSON array of symbol names, <c>["BTCUSDT","ETHUSDT"]</c>; null when malformed or empty.</summary>
    internal static IReadOnlyList<string>? SymbolList(string text)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array) return null;
            var names = new List<string>();
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind != System.Text.Json.JsonValueKind.String || item.GetString() is not { Length: > 0 } name) return null;
                names.Add(name);
            }
            return names.Count > 0 ? names : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IResult IllegalSymbols() =>
        Error(-1100, "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");

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
