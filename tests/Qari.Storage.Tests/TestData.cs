using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Storage.Candles;

namespace Qari.Storage.Tests;

/// <summary>
/// Real Binance candles copied from the shared data set: BTCUSDT 5m 2023-03-20..29 (with the 2023-03-24 trading
/// halt: flat zero-volume candles 11:30-12:35 and a 16-candle hole 12:40-13:55) and ETHUSDT 1h 2018-02-01..14
/// (with the 33-hour maintenance hole 2018-02-08 01:00 - 02-09 09:00).
/// </summary>
internal static class TestData
{
    public static string Btc5m => Path.Combine(AppContext.BaseDirectory, "TestData", "binance_BTCUSDT_5m.csv");

    public static string Eth1h => Path.Combine(AppContext.BaseDirectory, "TestData", "binance_ETHUSDT_1h.csv");

    public static CandleSeriesKey Btc5mKey => new(ExchangeId.Binance, Symbol.Parse("BTC/USDT"), Timeframe.M5);

    public static IReadOnlyList<Candle> ReadBtc5m() => CandleFiles.Read(Btc5m).Value;

    public static CandleSeries Btc5mSeries() => CandleSeries.Create(Btc5mKey, "test", ReadBtc5m()).Value;
}
