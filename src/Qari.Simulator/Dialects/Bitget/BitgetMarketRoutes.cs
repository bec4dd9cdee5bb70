using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Bitget.BitgetWire;

namespace Qari.Simulator.Dialects.Bitget;

/// <summary>Bitget's public endpoints: time, symbols, candles (oldest first, ms), orderbook, tickers.</summary>
internal static class BitgetMarketRoutes
{
    private static readonly Dictionary<string, Timeframe> Granularities = new(StringComparer.Ordinal)
    {
        ["1min"] = Timeframe.M1, ["5min"] = Timeframe.M5, ["15min"] = Timeframe.M15, ["1h"] = Timeframe.H1, ["4h"] = Timeframe.H4, ["1day"] = Timeframe.D1,
    };

    private static readonly string[] OtherGranularities = ["3min", "30min", "6h", "12h", "3day", "1week", "1M", "6Hutc", "12Hutc", "1Dutc", "3Dutc", "1Wutc", "1Mutc"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v2/public/time", () => Ok(new { serverTime = state.NowMs.ToString(System.Globalization.CultureInfo.InvariantCulture) }, state.NowMs)).ForDialect(dialect);
        app.MapGet("/api/v2/spot/public/symbols", (HttpContext c) => Symbols(state, c.Request.Query["symbol"])).ForDialect(dialect);
        app.MapGet("/api/v2/spot/market/candles", (HttpContext c) => Candles(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/api/v2/spot/market/orderbook", (HttpContext c) => Book(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/api/v2/spot/market/tickers", (HttpContext c) => Tickers(state, c.Request.Query["symbol"])).ForDialect(dialect);
    }

    private static IResult Symbols(SimulatorState state, string? only)
    {
        var markets = state.Engine.Markets.Where(m => only is null || Symbol(m.Symbol) == only).ToList();
        if (only is not null && markets.Count == 0) return Error("40034", "Parameter symbol does not exist", state.NowMs);
        return Ok(markets.Select(m => new
        {
            symbol = Symbol(m.Symbol),
            baseCoin = m.Symbol.Base,
            quoteCoin = m.Symbol.Quote,
            minTradeAmount = D(m.Rules.MinQuantity),
            maxTradeAmount = D(m.Rules.MaxQuantity ?? 10_000_000_000m),
            takerFeeRate = "0.001",
            makerFeeRate = "0.001",
            pricePrecision = Decimals(m.Rules.TickSize).ToString(System.Globalization.CultureInfo.InvariantCulture),
            quantityPrecision = Decimals(m.Rules.LotStep).ToString(System.Globalization.CultureInfo.InvariantCulture),
            quotePrecision = "8",
            status = m.Status switch { TradingStatus.Trading => "online", TradingStatus.Halted => "halt", _ => "offline" },
            minTradeUSDT = D(m.Rules.MinNotional),
            buyLimitPriceRatio = "0.05",
            sellLimitPriceRatio = "0.05",
            orderQuantity = "200",
        }).ToList(), state.NowMs);
    }

    private static IResult Candles(SimulatorState state, IQueryCollection query)
    {
        var now = state.NowMs;
        if (ParseSymbol(query["symbol"], state.Engine) is not { } symbol) return Error("40034", "Parameter symbol does not exist", now);
        string? granularity = query["granularity"];
        if (granularity is null || (!Granularities.ContainsKey(granularity) && !OtherGranularities.Contains(granularity)))
            return Error("40020", "Parameter granularity error", now);
        var limit = int.TryParse(query["limit"], out var l) ? l : 100;
        if (limit is < 1 or > 1000) return Error("40020", "Parameter limit error", now);
        long? start = long.TryParse(query["startTime"], out var s) ? s : null;
        long? end = long.TryParse(query["endTime"], out var e) ? e : null;
        IReadOnlyList<Candle> series = Granularities.TryGetValue(granularity, out var tf) ? state.Feed.Candles(symbol, tf, now) : [];
        var selected = series.Where(c => (start is null || c.OpenTimeMs >= start) && (end is null || c.OpenTimeMs <= end));
        selected = start is null ? selected.TakeLast(limit) : selected.Take(limit);
        return Ok(selected.Select(c =>
        {
            var quote = c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m;
            return new[] { c.OpenTimeMs.ToString(System.Globalization.CultureInfo.InvariantCulture), D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume), D(quote), D(quote) };
        }).ToList(), now);
    }

    private static IResult Book(SimulatorState state, IQueryCollection query)
    {
        if (ParseSymbol(query["symbol"], state.Engine) is not { } symbol) return Error("40034", "Parameter symbol does not exist", state.NowMs);
        var limit = int.TryParse(query["limit"], out var l) ? l : 100;
        if (limit is < 1 or > 150) return Error("40020", "Parameter limit error", state.NowMs);
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks) book;
        lock (state.Engine.Gate) book = market.Book(limit);
        return Ok(new
        {
            asks = book.asks.Select(a => new[] { D(a.Price), D(a.Quantity) }),
            bids = book.bids.Select(b => new[] { D(b.Price), D(b.Quantity) }),
            ts = state.NowMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, state.NowMs);
    }

    private static IResult Tickers(SimulatorState state, string? only)
    {
        var now = state.NowMs;
        var markets = state.Engine.Markets.Where(m => only is null || Symbol(m.Symbol) == only).ToList();
        if (only is not null && markets.Count == 0) return Error("40034", "Parameter symbol does not exist", now);
        return Ok(markets.Select(m => Ticker(state, m, now)).ToList(), now);
    }

    private static object Ticker(SimulatorState state, SimMarket m, long now)
    {
        var (tf, _) = state.Feed.Library.Finest(m.Symbol);
        var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var last = m.LastPrice;
        var volume = day.Sum(c => c.Volume);
        var quoteVolume = day.Sum(c => c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m);
        var (bid, ask) = m.Top();
        return new
        {
            symbol = Symbol(m.Symbol),
            high24h = D(Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last)),
            open = D(day.Count > 0 ? day[0].Open : last),
            lastPr = D(last),
            low24h = D(Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last)),
            quoteVolume = D(quoteVolume),
            baseVolume = D(volume),
            usdtVolume = D(quoteVolume),
            bidPr = D(bid.Price),
            askPr = D(ask.Price),
            bidSz = D(bid.Quantity),
            askSz = D(ask.Quantity),
            openUtc = D(last),
            ts = now.ToString(System.Globalization.CultureInfo.InvariantCulture),
            changeUtc24h = "0",
            change24h = "0",
        };
    }
}
