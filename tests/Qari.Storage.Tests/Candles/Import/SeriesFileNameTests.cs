using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Storage.Candles.Import;

namespace Qari.Storage.Tests.Candles.Import;

public class SeriesFileNameTests
{
    [Theory]
    [InlineData("data/binance_BTCUSDT_5m.csv.gz", ExchangeId.Binance, "BTC/USDT", Timeframe.M5)]
    [InlineData("binance_PEPEUSDT_1d.csv", ExchangeId.Binance, "PEPE/USDT", Timeframe.D1)]
    [InlineData("ETHBTC-1h-2024-01.zip", null, "ETH/BTC", Timeframe.H1)]
    [InlineData("okx_SOL_USDC_4h.csv", ExchangeId.Okx, "SOL/USDC", Timeframe.H4)]
    public void Parse_KnownPatterns(string name, ExchangeId? exchange, string symbol, Timeframe tf)
    {
        var (e, s, t) = SeriesFileName.Parse(name);
        Assert.Equal(exchange, e);
        Assert.Equal(Symbol.Parse(symbol), s);
        Assert.Equal(tf, t);
    }

    [Fact]
    public void TrySplitPair_FdusdBeforeUsd() =>
        Assert.True(SeriesFileName.TrySplitPair("BTCFDUSD", out var s) && s == Symbol.Parse("BTC/FDUSD"));
}
