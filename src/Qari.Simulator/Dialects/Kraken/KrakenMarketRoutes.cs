using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Kraken.KrakenWire;

namespace Qari.Simulator.Dialects.Kraken;

/// <summary>
/// Kraken's public endpoints: Time, AssetPairs, OHLC (seconds, oldest first, ≤720 rows after <c>since</c> — real
/// Kraken serves only the latest 720; the simulator pages further back so long ranges can be tested), Depth, Ticker.
/// </summary>
internal static class KrakenMarketRoutes
{
    private static readonly int[] Intervals = [1, 5, 15, 30, 60, 240, 1440, 10080, 21600];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, ISimulatorDialect dialect)
    {
        app.MapGet("/0/public/Time", () => Ok(new
        {
            unixtime = state.NowMs / 1000,
            rfc1123 = DateTimeOffset.FromUnixTimeMilliseconds(state.NowMs).ToString("r", CultureInfo.InvariantCulture),
        })).ForDialect(dialect);
        app.MapGet("/0/public/AssetPairs", (HttpContext c) => AssetPairs(state, c.Request.Query["pair"])).ForDialect(dialect);
        app.MapGet("/0/public/OHLC", (HttpContext c) => Ohlc(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/0/public/Depth", (HttpContext c) => Depth(state, c.Request.Query)).ForDialect(dialect);
        app.MapGet("/0/public/Ticker", (HttpContext c) => Ticker(state, c.Request.Query["pair"])).ForDialect(dialect);
    }

    private static List<SimMarket> Select(SimulatorState state, string? pairs)
    {
        if (string.IsNullOrEmpty(pairs)) return state.Engine.Markets.ToList();
        return pairs.Split(',').Select(p => ParsePair(p, state.Engine)).Where(s => s is not null).Select(s => state.Engine.Market(s!.Value)!).ToList();
    }

    private static IResult AssetPairs(SimulatorState state, string? pairs)
    {
        var markets = Select(state, pairs);
        if (markets.Count == 0) return Error("EQuery:Unknown asset pair");
        return Ok(markets.ToDictionary(m => PairId(m.Symbol), m => (object)new
        {
            altname = Altname(m.Symbol),
            wsname = WsName(m.Symbol),
            aclass_base = "currency",
            @base = AssetCode(m.Symbol.Base),
            aclass_quote = "currency",
            quote = AssetCode(m.Symbol.Quote),
            pair_decimals = Decimals(m.Rules.TickSize),
            cost_decimals = 5,
            lot_decimals = Decimals(m.Rules.LotStep),
            lot_multiplier = 1,
            fees = new[] { new[] { 0m, 0.26m } },
            fees_maker = new[] { new[] { 0m, 0.16m } },
            fee_volume_currency = "ZUSD",
            margin_call = 80,
            margin_stop = 40,
            ordermin = D(m.Rules.MinQuantity),
            costmin = D(m.Rules.MinNotional),
            tick_size = D(m.Rules.TickSize),
            status = m.Status switch { TradingStatus.Trading => "online", TradingStatus.Halted => "cancel_only", _ => "maintenance" },
        }));
    }

    private static int Decimals(decimal step) => step <= 0 ? 8 : (int)Math.Max(0, Math.Round(-Math.Log10((double)step)));

    private static IResult Ohlc(SimulatorState state, IQueryCollection query)
    {
        if (ParsePair(query["pair"], state.Engine) is not { } symbol) return Error("EQuery:Unknown asset pair");
        var interval = int.TryParse(query["interval"], out var i) ? i : 1;
        if (!Intervals.Contains(interval)) return Error("EGeneral:Invalid arguments:interval");
        long? since = long.TryParse(query["since"], out var s) ? s : null;
        IReadOnlyList<Candle> series = Enum.IsDefined((Timeframe)interval) ? state.Feed.Candles(symbol, (Timeframe)interval, state.NowMs) : [];
        var selected = since is { } from ? series.Where(c => c.OpenTimeMs / 1000 > from).Take(720).ToList() : series.TakeLast(720).ToList();
        var rows = selected.Select(c =>
        {
            var vwap = (c.Open + c.High + c.Low + c.Close) / 4m;
            return new object[] { c.OpenTimeMs / 1000, D(c.Open), D(c.High), D(c.Low), D(c.Close), D(vwap), D(c.Volume), 0 };
        }).ToList();
        var last = selected.Count > 0 ? selected[^1].OpenTimeMs / 1000 : since ?? 0;
        return Ok(new Dictionary<string, object> { [PairId(symbol)] = rows, ["last"] = last });
    }

    private static IResult Depth(SimulatorState state, IQueryCollection query)
    {
        if (ParsePair(query["pair"], state.Engine) is not { } symbol) return Error("EQuery:Unknown asset pair");
        var count = int.TryParse(query["count"], out var c) ? c : 100;
        if (count is < 1 or > 500) return Error("EGeneral:Invalid arguments:count");
        var market = state.Engine.Market(symbol)!;
        (IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks) book;
        lock (state.Engine.Gate) book = market.Book(count);
        var ts = state.NowMs / 1000;
        return Ok(new Dictionary<string, object>
        {
            [PairId(symbol)] = new
            {
                asks = book.asks.Select(a => new object[] { D(a.Price), D(a.Quantity), ts }),
                bids = book.bids.Select(b => new object[] { D(b.Price), D(b.Quantity), ts }),
            },
        });
    }

    private static IResult Ticker(SimulatorState state, string? pairs)
    {
        var markets = Select(state, pairs);
        if (markets.Count == 0) return Error("EQuery:Unknown asset pair");
        var now = state.NowMs;
        return Ok(markets.ToDictionary(m => PairId(m.Symbol), m =>
        {
            var (tf, _) = state.Feed.Library.Finest(m.Symbol);
            var day = state.Feed.Candles(m.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
            var last = m.LastPrice;
            var volume = day.Sum(c => c.Volume);
            var vwap = volume > 0 ? day.Sum(c => c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m) / volume : last;
            var (bid, ask) = m.Top();
            var high = Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last);
            var low = Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last);
            return (object)new
            {
                a = new[] { D(ask.Price), "1", "1.000" },
                b = new[] { D(bid.Price), "1", "1.000" },
                c = new[] { D(last), "0" },
                v = new[] { D(volume), D(volume) },
                p = new[] { D(vwap), D(vwap) },
                t = new[] { 0, 0 },
                l = new[] { D(low), D(low) },
                h = new[] { D(high), D(high) },
                o = D(day.Count > 0 ? day[0].Open : last),
            };
        }));
    }
}
