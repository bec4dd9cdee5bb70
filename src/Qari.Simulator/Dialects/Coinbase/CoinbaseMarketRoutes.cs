using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Coinbase.CoinbaseWire;

namespace Qari.Simulator.Dialects.Coinbase;

/// <summary>Coinbase's public endpoints: time, market/products, candles (seconds, newest first, ≤350), product_book.</summary>
internal static class CoinbaseMarketRoutes
{
    private const string Root = "/api/v3/brokerage";

    private static readonly Dictionary<string, Timeframe> Granularities = new(StringComparer.Ordinal)
    {
        ["ONE_MINUTE"] = Timeframe.M1, ["FIVE_MINUTE"] = Timeframe.M5, ["FIFTEEN_MINUTE"] = Timeframe.M15, ["ONE_HOUR"] = Timeframe.H1, ["ONE_DAY"] = Timeframe.D1,
    };

    private static readonly string[] OtherGranularities = ["THIRTY_MINUTE", "TWO_HOUR", "FOUR_HOUR", "SIX_HOUR"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet(Root + "/time", () => Results.Json(new
        {
            iso = Time(state.NowMs),
            epochSeconds = (state.NowMs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            epochMillis = state.NowMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, Json)).ForDialect(dialect);
        app.MapGet(Root + "/market/products", () => Results.Json(new
        {
            products = state.Engine.Markets.Select(m => Product(state, m)).ToList(),
            num_products = state.Engine.Markets.Count,
        }, Json)).ForDialect(dialect);
        app.MapGet(Root + "/market/products/{productId}", (string productId) =>
            ParseProduct(productId, state.Engine) is { } s ? Results.Json(Product(state, state.Engine.Market(s)!), Json) : NotFound()).ForDialect(dialect);
        app.MapGet(Root + "/market/products/{productId}/candles", (string productId, HttpContext c) => Candles(state, productId, c.Request.Query)).ForDialect(dialect);
        app.MapGet(Root + "/market/product_book", (HttpContext c) => Book(state, c.Request.Query["product_id"], c.Request.Query["limit"])).ForDialect(dialect);
    }

    public static IResult NotFound() => Error("NOT_FOUND", "ProductID is invalid", 404);

    public static object Product(SimulatorState state, SimMarket m)
    {
        var now = state.NowMs;
        var (tf, _) = state.Feed.Library.Finest(m.Symbol);
        var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var volume = day.Sum(c => c.Volume);
        return new
        {
            product_id = ProductId(m.Symbol), price = D(m.LastPrice), price_percentage_change_24h = "0", volume_24h = D(volume), volume_percentage_change_24h = "0",
            base_increment = D(m.Rules.LotStep), quote_increment = D(m.Rules.TickSize), quote_min_size = D(m.Rules.MinNotional), quote_max_size = "100000000",
            base_min_size = D(m.Rules.MinQuantity), base_max_size = D(m.Rules.MaxQuantity ?? 100_000_000m), base_name = m.Symbol.Base, quote_name = m.Symbol.Quote,
            watched = false, is_disabled = false, @new = false, status = m.Status == TradingStatus.Maintenance ? "offline" : "online",
            cancel_only = m.Status == TradingStatus.Halted, limit_only = false, post_only = false, trading_disabled = m.Status != TradingStatus.Trading,
            auction_mode = false, product_type = "SPOT", quote_currency_id = m.Symbol.Quote, base_currency_id = m.Symbol.Base,
            mid_market_price = D(m.LastPrice), price_increment = D(m.Rules.TickSize), base_display_symbol = m.Symbol.Base, quote_display_symbol = m.Symbol.Quote,
            approximate_quote_24h_volume = D(day.Sum(c => c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m)),
        };
    }

    private static IResult Candles(SimulatorState state, string productId, IQueryCollection query)
    {
        if (ParseProduct(productId, state.Engine) is not { } symbol) return NotFound();
        string? granularity = query["granularity"];
        if (granularity is null || (!Granularities.ContainsKey(granularity) && !OtherGranularities.Contains(granularity)))
            return Error("INVALID_ARGUMENT", "granularity is invalid", 400);
        if (!long.TryParse(query["start"], out var start) || !long.TryParse(query["end"], out var end)) return Error("INVALID_ARGUMENT", "start and end are required", 400);
        var limit = int.TryParse(query["limit"], out var l) ? l : 350;
        if (limit is < 1 or > 350) return Error("INVALID_ARGUMENT", "limit must be 1..350", 400);
        IReadOnlyList<Candle> series = Granularities.TryGetValue(granularity, out var tf) ? state.Feed.Candles(symbol, tf, state.NowMs) : [];
        if (Granularities.ContainsKey(granularity) && (end - start) / (tf.Milliseconds() / 1000) > 350)
            return Error("INVALID_ARGUMENT", "number of candles requested should be less than 350", 400);
        var rows = series.Where(c => c.OpenTimeMs / 1000 >= start && c.OpenTimeMs / 1000 <= end).TakeLast(limit).Reverse().Select(c => new
        {
            start = (c.OpenTimeMs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            low = D(c.Low), high = D(c.High), open = D(c.Open), close = D(c.Close), volume = D(c.Volume),
        }).ToList();
        return Results.Json(new { candles = rows }, Json);
    }

    private static IResult Book(SimulatorState state, string? productId, string? limitText)
    {
        if (ParseProduct(productId, state.Engine) is not { } symbol) return NotFound();
        var limit = int.TryParse(limitText, out var l) ? Math.Clamp(l, 1, 500) : 50;
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks) book;
        lock (state.Engine.Gate) book = market.Book(limit);
        return Results.Json(new { pricebook = PriceBook(symbol, book.bids, book.asks, state.NowMs) }, Json);
    }

    public static object PriceBook(Qari.Model.Ids.Symbol symbol, IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks, long nowMs) => new
    {
        product_id = ProductId(symbol),
        bids = bids.Select(b => new { price = D(b.Price), size = D(b.Quantity) }),
        asks = asks.Select(a => new { price = D(a.Price), size = D(a.Quantity) }),
        time = Time(nowMs),
    };
}
