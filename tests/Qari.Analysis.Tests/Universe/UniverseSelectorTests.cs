using Qari.Analysis.Universe;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Universe;

public sealed class UniverseSelectorTests
{
    private static Ticker T(string b, string q, decimal volume) => new(new Symbol(b, q), 1, 1, 1, 1, volume, 0);

    [Fact]
    public void Select_MixedTickers_KeepsTopNUsdtPairsByQuoteVolume()
    {
        var selected = new UniverseSelector(new UniverseSettings(TopN: 2)).Select(
            [T("BTC", "USDT", 900), T("ETH", "USDT", 800), T("SOL", "USDT", 700), T("BTC", "EUR", 5000)]);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], selected.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("USDC", "stablecoin")]
    [InlineData("FDUSD", "stablecoin")]
    [InlineData("BTCUP", "leveraged token")]
    [InlineData("ETHDOWN", "leveraged token")]
    [InlineData("BNBBULL", "leveraged token")]
    [InlineData("XRPBEAR", "leveraged token")]
    [InlineData("BTC3L", "leveraged token")]
    [InlineData("ETH3S", "leveraged token")]
    public void Exclusion_StablecoinsAndLeveragedTokens_AreExcluded(string asset, string reason) =>
        Assert.Equal(reason, new UniverseSelector().Exclusion(asset));

    [Theory]
    [InlineData("BTC")]
    [InlineData("JUP")]
    [InlineData("SYRUP")]
    [InlineData("ONDO")]
    public void Exclusion_OrdinaryAssets_AreKept(string asset) => Assert.Null(new UniverseSelector().Exclusion(asset));

    [Fact]
    public void Select_Blacklists_RemovePlatformAndUserAssets()
    {
        var selector = new UniverseSelector(new UniverseSettings(PlatformBlacklist: ["LUNA"], UserBlacklist: ["doge"]));
        var selected = selector.Select([T("LUNA", "USDT", 9), T("DOGE", "USDT", 8), T("ADA", "USDT", 7), T("USDC", "USDT", 100), T("BTCUP", "USDT", 50)]);
        Assert.Equal(["ADA/USDT"], selected.Select(s => s.ToString()));
    }

    [Fact]
    public void Select_NoUsdtMarket_FallsBackToUsd()
    {
        var selected = new UniverseSelector().Select([T("BTC", "USD", 10), T("ETH", "USDC", 20), T("SOL", "EUR", 30)]);
        Assert.Equal(["BTC/USD"], selected.Select(s => s.ToString()));
    }

    [Fact]
    public void Select_EqualVolumes_OrdersBySymbolForDeterminism()
    {
        var selected = new UniverseSelector().Select([T("ZZZ", "USDT", 5), T("AAA", "USDT", 5)]);
        Assert.Equal(["AAA/USDT", "ZZZ/USDT"], selected.Select(s => s.ToString()));
    }
}
