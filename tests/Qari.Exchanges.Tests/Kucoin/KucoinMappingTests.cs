using Qari.Exchanges.Kucoin;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Orders;

namespace Qari.Exchanges.Tests.Kucoin;

public class KucoinMappingTests
{
    [Fact]
    public void Symbols_RoundTrip_UsesDash()
    {
        var symbol = new Symbol("BTC", "USDT");

        Assert.Equal("BTC-USDT", KucoinSymbols.ToExchange(symbol));
        Assert.True(KucoinSymbols.TryFromExchange("BTC-USDT", out var back));
        Assert.Equal(symbol, back);
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("-USDT")]
    [InlineData("BTC-")]
    [InlineData("A-B-C")]
    [InlineData(null)]
    public void Symbols_NotBaseDashQuote_AreRefused(string? text)
    {
        Assert.False(KucoinSymbols.TryFromExchange(text, out _));
    }

    [Fact]
    public void ClientIds_CanonicalId_IsSentUnchangedAndReadBack()
    {
        var id = ClientOrderId.Create(new TradeId(123456789), OrderLeg.Stop, 3);

        var wire = KucoinClientIds.ToWire(id);

        Assert.Equal(id.Value, wire);
        Assert.True(wire.Length <= 40);
        Assert.Equal(id, KucoinClientIds.FromWire(wire));
    }

    [Fact]
    public void ClientIds_TooLong_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => KucoinClientIds.ToWire(ClientOrderId.Foreign(new string('a', 41))));
        Assert.False(KucoinClientIds.IsValid("has space"));
    }

    [Fact]
    public void Timeframes_AllSupported_RoundTrip()
    {
        Assert.Equal(["1min", "5min", "15min", "1hour", "4hour", "1day"], KucoinTimeframes.Supported.Select(KucoinTimeframes.ToWire));
        foreach (var tf in KucoinTimeframes.Supported)
        {
            Assert.True(KucoinTimeframes.TryFromWire(KucoinTimeframes.ToWire(tf), out var back));
            Assert.Equal(tf, back);
        }
    }

    [Fact]
    public void Endpoints_PlacementsAreMarkedAndPrivateOnesSigned()
    {
        var all = new KucoinEndpoints().All;

        Assert.Equal(["hfPlaceOrder", "stopPlaceOrder"], all.Where(e => e.PlacesOrder).Select(e => e.Name));
        Assert.All(all.Where(e => e.Signed), e => Assert.True(e.KeyWeight > 0));
        Assert.All(all.Where(e => !e.Signed), e => Assert.True(e.Weight > 0));
        Assert.Equal("/api/v1/hf/orders/client-order/qabS0", KucoinEndpoints.Fill(KucoinEndpoints.GetOrderByClientOid, "qabS0"));
    }

    [Fact]
    public void Capabilities_DescribeKucoin()
    {
        var caps = KucoinCapabilities.Value;

        Assert.True(caps.RequiresPassphrase);
        Assert.True(caps.MarketBuyByQuote);
        Assert.Equal(1500, caps.MaxCandlesPerRequest);
        Assert.Equal(Qari.Exchanges.Abstractions.DuplicateClientIdBehaviour.AlwaysRejected, caps.DuplicateClientId);
        Assert.Contains(Timeframe.H4, caps.Timeframes);
    }

    [Fact]
    public void Endpoints_NameNoWithdrawalTransferMarginOrFuturesPath()
    {
        string[] forbidden = ["withdraw", "transfer", "margin", "futures", "lend", "borrow", "isolated", "deposit", "sub"];

        foreach (var endpoint in new KucoinEndpoints().All)
        {
            Assert.DoesNotContain(forbidden, f => endpoint.Path.Contains(f, StringComparison.OrdinalIgnoreCase));
        }
    }
}
