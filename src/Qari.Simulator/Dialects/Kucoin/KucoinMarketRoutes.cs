using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Kucoin.KucoinWire;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>KuCoin's public market data: timestamp, symbols, candles (newest first, seconds), part order books, all tickers.</summary>
internal static class KucoinMarketRoutes
{
    private static readonly string[] Types = ["1min", "3min", "5min", "15min", "30min", "1hour", "2hour", "4hour", "6hour", "8hour", "12hour", "1day", "1week", "1month"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v1/timestamp", () => Ok(state.NowMs)).ForDialect(dialect, 3);
        app.MapGet("/api/v2/symbols", () => Ok(state.Engine.Markets.Select(m => new
        {
            symbol = Symbol(m.Symbol), name = Symbol(m.Symbol), baseCurrency = m.Symbol.Base, quoteCurrency = m.Symbol.Quote, feeCurrency = m.Symbol.Quote,
            market = "USDS", baseMinSize = D(m.Rules.MinQuantity), quoteMinSize = D(m.Rules.MinNotional), baseMaxSize = D(m.Rules.MaxQuantity ?? 10_000_000_000m),
            quoteMaxSize = D(99_999_999m), baseIncrement = D(m.Rules.LotStep), quoteIncrement = D(m.Rules.TickSize), priceIncrement = D(m.Rules.TickSize),
            priceLimitRate = "0.1", minFunds = D(m.Rules.MinNotional), isMarginEnabled = false, enableTrading = m.Status == TradingStatus.Trading,
            feeCategory = 1, makerFeeCoefficient = "1.00", takerFeeCoefficient = "1.00", st = false,
        }).ToList())).ForDialect(dialect, 4);
        app.MapGet("/api/v1/market/candles", (HttpContext c) => Candles(state, c.Request.Query)).ForDialect(dialect, 3);
        app.MapGet("/api/v1/market/orderbook/level2_20", (HttpContext c) => Book(state, c.Request.Query["symbol"], 20)).ForDialect(dialect, 2);
        app.MapGet("/api/v1/market/orderbook/level2_100", (HttpContext c) => Book(state, c.Request.Query["symbol"], 100)).ForDialect(dialect, 4);
        app.MapGet("/api/v1/market/allTickers", () => Ok(new { time = state.NowMs, ticker = state.Engine.Markets.Select(m => Ticker(m, state)).ToList() })).ForDialect(dialect, 15);
    }

    private static IResult Candles(SimulatorState state, IQueryCollection query)
    {
        if (ParseSymbol(query["symbol"], state.Engine) is not { } symbol) return SymbolNotFound();
        string? type = query["type"];
        if (type is null || !Types.Contains(type, StringComparer.Ordinal)) return Error("400100", "type invalid", 400);
        long? start = long.TryParse(query["startAt"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s * 1000 : null;
        long? end = long.TryParse(query["endAt"], NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e * 1000 : null;
        // Types Qari has no timeframe for (3min, 1week...) are valid but have no history here.
        IReadOnlyList<Candle> series = Qari.Exchanges.Kucoin.KucoinTimeframes.TryFromWire(type, out var tf) ? state.Feed.Candles(symbol, tf, state.NowMs) : [];
        var rows = series.Where(c => (start is null || c.OpenTimeMs >= start) && (end is null || c.OpenTimeMs < end))
            .TakeLast(1500).Reverse()
            .Select(c => new[]
            {
                (c.OpenTimeMs / 1000).ToString(CultureInfo.InvariantCulture), D(c.Open), D(c.Close), D(c.High), D(c.Low), D(c.Volume),
                D(c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m),
            }).ToList();
        return Ok(rows);
    }

    private static IResult Book(SimulatorState state, string? text, int depth)
    {
        if (ParseSymbol(text, state.Engine) is not { } symbol) return SymbolNotFound();
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) book;
        lock (state.Engine.Gate) book = market.Book(depth);
        return Ok(new
        {
            time = state.NowMs,
            sequence = market.LastPriceMs.ToString(CultureInfo.InvariantCulture),
            bids = book.Bids.Select(b => new[] { D(b.Price), D(b.Quantity) }),
            asks = book.Asks.Select(a => new[] { D(a.Price), D(a.Quantity) }),
        });
    }

    private static object Ticker(Engine.SimMarket m, SimulatorState state)
    {
        var day = SimDayStats.Of(m, state);
        var (bid, ask) = m.Top();
        var change = day.Last - day.Open;
        return new
        {
            symbol = Symbol(m.Symbol), symbolName = Symbol(m.Symbol), buy = D(bid.Price), bestBidSize = D(bid.Quantity), sell = D(ask.Price), bestAskSize = D(ask.Quantity),
            changeRate = D(day.Open == 0 ? 0 : Math.Round(change / day.Open, 4)), changePrice = D(change), high = D(day.High), low = D(day.Low),
            vol = D(day.Volume), volValue = D(day.QuoteVolume), last = D(day.Last), averagePrice = D(day.Volume > 0 ? Math.Round(day.QuoteVolume / day.Volume, 8) : day.Last),
            takerFeeRate = "0.001", makerFeeRate = "0.001", takerCoefficient = "1", makerCoefficient = "1",
        };
    }
}
