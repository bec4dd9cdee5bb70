using Qari.Model.Ids;

namespace Qari.Model.Tests.Ids;

public class SymbolTests
{
    [Fact]
    public void Parse_LowerCase_Normalised()
    {
        var s = Symbol.Parse(" btc/usdt ");
        Assert.Equal("BTC", s.Base);
        Assert.Equal("USDT", s.Quote);
        Assert.Equal("BTC/USDT", s.ToString());
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("BTC-USDT")]
    [InlineData("BTC/USDT/X")]
    [InlineData("/USDT")]
    [InlineData("BT C/USDT")]
    public void Parse_NotBaseSlashQuote_ThrowsNamingText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Symbol.Parse(text));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExchangeIds_TryParse_AllNamesRoundTrip()
    {
        foreach (var id in ExchangeIds.All)
        {
            Assert.True(ExchangeIds.TryParse(id.Name().ToUpperInvariant(), out var parsed));
            Assert.Equal(id, parsed);
        }
        Assert.False(ExchangeIds.TryParse("mexc", out _));
        Assert.Equal(8, ExchangeIds.All.Count);
    }
}
