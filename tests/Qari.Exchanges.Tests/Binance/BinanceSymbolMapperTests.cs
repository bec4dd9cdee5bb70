using Qari.Exchanges.Binance;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Binance;

public sealed class BinanceSymbolMapperTests
{
    [Fact]
    public void ToExchange_BtcUsdt_IsConcatenated() => Assert.Equal("BTCUSDT", BinanceSymbolMapper.ToExchange(new Symbol("BTC", "USDT")));

    [Fact]
    public void TryFromExchange_KnownQuoteSuffix_Splits()
    {
        Assert.True(new BinanceSymbolMapper().TryFromExchange("ETHBTC", out var symbol));
        Assert.Equal(new Symbol("ETH", "BTC"), symbol);
    }

    [Fact]
    public void TryFromExchange_LearntSplit_WinsOverSuffixGuess()
    {
        var mapper = new BinanceSymbolMapper();
        mapper.Learn("BTCUSDC", "BTCUSD", "C");
        Assert.True(mapper.TryFromExchange("BTCUSDC", out var symbol));
        Assert.Equal(new Symbol("BTCUSD", "C"), symbol);
    }

    [Fact]
    public void TryFromExchange_UnknownQuote_IsFalse() => Assert.False(new BinanceSymbolMapper().TryFromExchange("FOOBAR", out _));
}
