using Qari.Exchanges.Bybit;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitSymbolMapperTests
{
    [Fact]
    public void ToExchange_Pair_Concatenates() => Assert.Equal("BTCUSDT", BybitSymbolMapper.ToExchange(Symbol.Parse("BTC/USDT")));

    [Theory]
    [InlineData("BTCUSDT", "BTC/USDT")]
    [InlineData("ETHBTC", "ETH/BTC")]
    [InlineData("SOLUSDC", "SOL/USDC")]
    public void TryFromExchange_KnownQuoteSuffix_Splits(string wire, string expected)
    {
        Assert.True(new BybitSymbolMapper().TryFromExchange(wire, out var s));
        Assert.Equal(Symbol.Parse(expected), s);
    }

    [Fact]
    public void TryFromExchange_LearnedSymbol_WinsOverSuffixGuess()
    {
        var mapper = new BybitSymbolMapper();
        mapper.Learn("WBTCBTC", new Symbol("WBTC", "BTC"));
        Assert.True(mapper.TryFromExchange("WBTCBTC", out var s));
        Assert.Equal("WBTC", s.Base);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ABCXYZ")]
    public void TryFromExchange_Unsplittable_ReturnsFalse(string? wire) => Assert.False(new BybitSymbolMapper().TryFromExchange(wire, out _));
}
