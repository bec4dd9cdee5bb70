using Microsoft.Extensions.Logging.Abstractions;
using Qari.Analysis.Engine;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Runtime.Scanning;
using Qari.Trading.Events;

namespace Qari.Runtime.Tests.Scanning;

public sealed class ScannerTests
{
    private static readonly Symbol Coin = new("COIN", "USDT");
    private const long M5 = 300_000;
    private const long Start = 1_704_067_200_000;

    /// <summary>5m candles walking straight between pivots, 24 candles per leg: a 15m downtrend, then a rally through its last lower high.</summary>
    private static Candle[] DownThenRally()
    {
        double[] pivots = [500, 480, 490, 470, 480, 460, 470, 450, 460, 560];
        var candles = new List<Candle>();
        for (var leg = 0; leg + 1 < pivots.Length; leg++)
        {
            for (var i = 0; i < 24; i++)
            {
                var open = pivots[leg] + ((pivots[leg + 1] - pivots[leg]) * i / 24);
                var close = pivots[leg] + ((pivots[leg + 1] - pivots[leg]) * (i + 1) / 24);
                var pad = Math.Abs(pivots[leg + 1] - pivots[leg]) / 24 * 0.2;
                candles.Add(new Candle(Start + (candles.Count * M5), (decimal)open, (decimal)(Math.Max(open, close) + pad),
                    (decimal)(Math.Min(open, close) - pad), (decimal)close, 100m));
            }
        }
        return [.. candles];
    }

    private static (Scanner Scanner, CandleOnlyExchange Exchange) Create(Candle[] m5) =>
        Create(new Dictionary<Timeframe, Candle[]> { [Timeframe.M5] = m5 });

    private static (Scanner Scanner, CandleOnlyExchange Exchange) Create(Dictionary<Timeframe, Candle[]> candles)
    {
        var exchange = new CandleOnlyExchange(Coin, candles);
        return (new Scanner(exchange, [Coin], new AnalysisCycle(), NullLogger.Instance), exchange);
    }

    [Fact]
    public async Task OnCandleClosed_15mChangeOfCharacter_ReportedInExactlyOneCycle()
    {
        var m5 = DownThenRally();
        var (scanner, exchange) = Create(m5);
        const int warm = 24;
        exchange.NowMs = m5[warm - 1].OpenTimeMs;
        Assert.True((await scanner.WarmUpAsync(m5[warm - 1].OpenTimeMs + M5 - 1, TimeSpan.FromDays(3), TimeSpan.FromDays(30), CancellationToken.None)).IsSuccess);
        var chochs = new List<(int Cycle, ChangeOfCharacter Event)>();
        for (var k = warm; k < m5.Length; k++)
        {
            exchange.NowMs = m5[k].OpenTimeMs;
            var scan = await scanner.OnCandleClosedAsync(m5[k].OpenTimeMs + M5 - 1, CancellationToken.None);
            Assert.True(scan.DataFresh, scan.Problem);
            chochs.AddRange(scan.StructureEvents.OfType<ChangeOfCharacter>().Select(e => (k, e)));
        }
        var (cycle, choch) = Assert.Single(chochs);
        Assert.Equal(Coin, choch.Symbol);
        // The break of the last 15m lower high (470 + its wick) during the final rally, reported when that 15m candle closed.
        Assert.InRange(choch.Price, 460m, 471m);
        Assert.Equal(m5[cycle].OpenTimeMs + M5 - 1, choch.At.ToUnixTimeMilliseconds());
        Assert.Equal(0, (m5[cycle].OpenTimeMs + M5) % Timeframe.M15.Milliseconds());
        Assert.True(cycle >= 8 * 24, "the CHoCH comes with the rally, the last leg");
    }

    [Fact]
    public async Task WarmUp_ShortHigherHistory_FetchesAtLeastTheStructureHistoryOfEachHigherTimeframe()
    {
        var m5 = DownThenRally();
        var (scanner, exchange) = Create(m5);
        var now = m5[^1].OpenTimeMs + M5 - 1;
        exchange.NowMs = m5[^1].OpenTimeMs;
        Assert.True((await scanner.WarmUpAsync(now, TimeSpan.FromDays(3), TimeSpan.FromDays(30), CancellationToken.None)).IsSuccess);
        long From(Timeframe tf) => exchange.Requests.Where(r => r.Timeframe == tf).Min(r => r.FromMs);
        Assert.True(now - From(Timeframe.D1) >= Scanner.MinimumHigherCandles * Timeframe.D1.Milliseconds());
        Assert.True(now - From(Timeframe.H4) >= Scanner.MinimumHigherCandles * Timeframe.H4.Milliseconds());
        Assert.Equal(now - TimeSpan.FromDays(30).Ticks / TimeSpan.TicksPerMillisecond, From(Timeframe.H1));
    }
}
