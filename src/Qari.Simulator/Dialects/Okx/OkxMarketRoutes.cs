using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Okx.OkxWire;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>OKX's public market data: time, instruments, candles and history-candles (newest first), books, tickers.</summary>
internal static class OkxMarketRoutes
{
    /// <summary>How many of the newest bars <c>/market/candles</c> serves (older ones only via history-candles).</summary>
    public const int RecentBars = 1440;

    private static readonly Dictionary<string, Timeframe?> Bars = new(StringComparer.Ordinal)
    {
        ["1m"] = Timeframe.M1, ["3m"] = null, ["5m"] = Timeframe.M5, ["15m"] = Timeframe.M15, ["30m"] = null, ["1H"] = Timeframe.H1,
        ["2H"] = null, ["4H"] = Timeframe.H4, ["6H"] = null, ["12H"] = null, ["1D"] = null, ["2D"] = null, ["3D"] = null, ["1W"] = null,
        ["1M"] = null, ["3M"] = null, ["6Hutc"] = null, ["12Hutc"] = null, ["1Dutc"] = Timeframe.D1, ["2Dutc"] = null, ["3Dutc"] = null,
        ["1Wutc"] = null, ["1Mutc"] = null, ["3Mutc"] = null,
    };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/api/v5/public/time", () => Ok(new[] { new { ts = Ms(state.NowMs) } })).ForDialect(dialect);
        app.MapGet("/api/v5/public/instruments", (HttpContext c) => Instruments(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/api/v5/market/candles", (HttpContext c) => Candles(state, c.Request.Query, history: false)).ForDialect(dialect);
        app.MapGet("/api/v5/market/history-candles", (HttpContext c) => Candles(state, c.Request.Query, history: true)).ForDialect(dialect);
        app.MapGet("/api/v5/market/books", (HttpContext c) => Books(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/api/v5/market/tickers", (HttpContext c) => Tickers(state, c.Request.Query)).ForDialect(dialect);
    }

    private static IResult Instruments(SimulatorState state, IQueryCollection q)
    {
        if (q["instType"].Count == 0) return Error("51000", "Parameter instType error");
        if (q["instType"] != "SPOT") return Ok(Array.Empty<object>());
        string? only = q["instId"];
        return Ok(state.Engine.Markets.Where(m => only is null || InstId(m.Symbol) == only).Select(m => new
        {
            alias = "", baseCcy = m.Symbol.Base, category = "1", ctMult = "", ctType = "", ctVal = "", ctValCcy = "", expTime = "", instFamily = "",
            instId = InstId(m.Symbol), instType = "SPOT", lever = "", listTime = "1606468572000", lotSz = D(m.Rules.LotStep),
            maxIcebergSz = "", maxLmtAmt = "1000000", maxLmtSz = D(m.Rules.MaxQuantity ?? 9_000m), maxMktAmt = "1000000", maxMktSz = "",
            maxStopSz = "", maxTriggerSz = "", maxTwapSz = "", minSz = D(m.Rules.MinQuantity), optType = "", quoteCcy = m.Symbol.Quote,
            settleCcy = "", state = m.Status switch { TradingStatus.Trading => "live", TradingStatus.Halted => "suspend", _ => "preopen" },
            stk = "", tickSz = D(m.Rules.TickSize), uly = "",
        }).ToList());
    }

    private static IResult Candles(SimulatorState state, IQueryCollection q, bool history)
    {
        if (ParseInstId(q["instId"], state.Engine) is not { } symbol)
            return q["instId"].Count == 0 ? Error("51000", "Parameter instId error") : Error("51001", "Instrument ID does not exist");
        var bar = q["bar"].Count == 0 ? "1m" : q["bar"].ToString();
        if (!Bars.TryGetValue(bar, out var tf)) return Error("51000", "Parameter bar error");
        var max = history ? 100 : 300;
        var limit = q["limit"].Count == 0 ? 100 : (int)(Long(q["limit"]) ?? -1);
        if (limit < 1 || limit > max) return Error("51000", "Parameter limit error");
        var now = state.NowMs;
        IReadOnlyList<Candle> series = tf is { } t ? state.Feed.Candles(symbol, t, now) : [];
        // /market/candles only keeps the newest bars; history-candles reaches back further.
        IEnumerable<Candle> available = history ? series : series.Skip(Math.Max(0, series.Count - RecentBars));
        var (after, before) = (Long(q["after"]), Long(q["before"]));
        var length = tf?.Milliseconds() ?? 0;
        var rows = available.Where(c => (after is null || c.OpenTimeMs < after) && (before is null || c.OpenTimeMs > before))
            .TakeLast(limit).Reverse().Select(c =>
            {
                var quote = D(c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m);
                return new[] { Ms(c.OpenTimeMs), D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume), quote, quote, c.OpenTimeMs + length <= now ? "1" : "0" };
            }).ToList();
        return Ok(rows);
    }

    private static IResult Books(SimulatorState state, IQueryCollection q)
    {
        if (ParseInstId(q["instId"], state.Engine) is not { } symbol)
            return q["instId"].Count == 0 ? Error("51000", "Parameter instId error") : Error("51001", "Instrument ID does not exist");
        var size = q["sz"].Count == 0 ? 1 : (int)(Long(q["sz"]) ?? -1);
        if (size is < 1 or > 400) return Error("51000", "Parameter sz error");
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) book;
        lock (state.Engine.Gate) book = market.Book(size);
        return Ok(new[]
        {
            new
            {
                asks = book.Asks.Select(l => new[] { D(l.Price), D(l.Quantity), "0", "1" }),
                bids = book.Bids.Select(l => new[] { D(l.Price), D(l.Quantity), "0", "1" }),
                ts = Ms(state.NowMs),
            },
        });
    }

    private static IResult Tickers(SimulatorState state, IQueryCollection q)
    {
        if (q["instType"].Count == 0) return Error("51000", "Parameter instType error");
        if (q["instType"] != "SPOT") return Ok(Array.Empty<object>());
        var now = state.NowMs;
        return Ok(state.Engine.Markets.Select(m => Ticker(m, state, now)).ToList());
    }

    private static object Ticker(SimMarket m, SimulatorState state, long now)
    {
        var (tf, _) = state.Feed.Library.Finest(m.Symbol);
        var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var last = m.LastPrice;
        var open = day.Count > 0 ? day[0].Open : last;
        var (bid, ask) = m.Top();
        var volume = day.Sum(c => c.Volume);
        var quoteVolume = day.Sum(c => c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m);
        return new
        {
            instType = "SPOT", instId = InstId(m.Symbol), last = D(last), lastSz = "0", askPx = D(ask.Price), askSz = D(ask.Quantity),
            bidPx = D(bid.Price), bidSz = D(bid.Quantity), open24h = D(open),
            high24h = D(Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last)), low24h = D(Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last)),
            // For SPOT, volCcy24h is in quote and vol24h in base.
            volCcy24h = D(quoteVolume), vol24h = D(volume), sodUtc0 = D(open), sodUtc8 = D(open), ts = Ms(now),
        };
    }
}
