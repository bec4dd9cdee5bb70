using Microsoft.Extensions.Time.Testing;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Simulator.Engine;
using Qari.Simulator.Feed;

namespace Qari.Simulator.Tests.Feed;

public sealed class ReplayFeedTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void PlayUntil_CandleReachesARestingBuy_FillsItUpToAQuarterOfTheVolume()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(0));
        var engine = new MatchingEngine(time);
        engine.AddMarket(Btc, new InstrumentRules(0.01m, 0.001m, 0.001m, 5m), 100m);
        engine.AddAccount(new SimAccount("a", new Dictionary<string, decimal> { ["USDT"] = 10_000m }));
        var library = new CandleLibrary();
        library.Add(Btc, Timeframe.H1, [new Candle(3_600_000, 100m, 101m, 90m, 95m, 8m), new Candle(7_200_000, 95m, 96m, 94m, 95m, 8m)]);
        var feed = new ReplayFeed(library, engine, 0);
        var order = engine.Place(new SimOrderRequest("a", Btc, OrderSide.Buy, OrderType.Limit, "x", Quantity: 5m, Price: 92m)).Order!;
        Assert.Equal(0, feed.PlayUntil(3_599_999));
        Assert.Equal(1, feed.PlayUntil(3_600_000));
        Assert.Equal(2m, order.Executed);
        Assert.Equal(95m, engine.Market(Btc)!.LastPrice);
        Assert.Equal(0, feed.PlayUntil(3_600_000));
    }

    [Fact]
    public void Candles_CoarserTimeframeWithoutFile_AreAggregated()
    {
        var library = new CandleLibrary();
        library.Add(Btc, Timeframe.H1, Enumerable.Range(0, 8).Select(i => new Candle(i * 3_600_000L, 10m + i, 20m + i, 5m, 11m + i, 1m)).ToList());
        var feed = new ReplayFeed(library, new MatchingEngine(new FakeTimeProvider()), 0);
        var h4 = feed.Candles(Btc, Timeframe.H4, long.MaxValue);
        Assert.Equal(2, h4.Count);
        Assert.Equal(new Candle(0, 10m, 23m, 5m, 14m, 4m), h4[0]);
        Assert.Single(feed.Candles(Btc, Timeframe.H4, 14_399_999));
    }

    [Theory]
    [InlineData("binance_BTCUSDT_1d.csv", "BTC/USDT", Timeframe.D1)]
    [InlineData("binance_ETHUSDT_4h.csv.gz", "ETH/USDT", Timeframe.H4)]
    [InlineData("binance_SOLUSDC_5m.csv", "SOL/USDC", Timeframe.M5)]
    public void TryParseName_QariCandleFile_GivesSymbolAndTimeframe(string name, string symbol, Timeframe tf)
    {
        Assert.True(CandleLibrary.TryParseName(name, out var s, out var t));
        Assert.Equal(Symbol.Parse(symbol), s);
        Assert.Equal(tf, t);
    }

    [Theory]
    [InlineData("gaps.csv")]
    [InlineData("alternativeme_fear_greed_index_1d.csv")]
    [InlineData("binance_BTCUSDT_2w.csv")]
    public void TryParseName_OtherFiles_AreSkipped(string name) => Assert.False(CandleLibrary.TryParseName(name, out _, out _));
}
