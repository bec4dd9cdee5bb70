using Qari.Exchanges.Gate;
using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Tests.Gate;

public class GateMappingTests
{
    [Fact]
    public void Symbols_RoundTrip_UsesUnderscore()
    {
        var symbol = new Symbol("ETH", "USDT");

        Assert.Equal("ETH_USDT", GateSymbols.ToExchange(symbol));
        Assert.True(GateSymbols.TryFromExchange("ETH_USDT", out var back));
        Assert.Equal(symbol, back);
        Assert.False(GateSymbols.TryFromExchange("ETH-USDT", out _));
    }

    [Fact]
    public void ClientIds_CanonicalId_GetsTPrefixAndComesBack()
    {
        var id = ClientOrderId.Create(new TradeId(987654321), OrderLeg.Entry1, 0);

        var wire = GateClientIds.ToWire(id);

        Assert.Equal("t-" + id.Value, wire);
        Assert.True(wire.Length - 2 <= 28);
        Assert.Equal(id, GateClientIds.FromWire(wire));
    }

    [Theory]
    [InlineData("apiv4")]
    [InlineData("web")]
    [InlineData("t-")]
    [InlineData(null)]
    public void ClientIds_GateOwnTexts_AreNotClientIds(string? text)
    {
        Assert.Null(GateClientIds.FromWire(text));
    }

    [Fact]
    public void ClientIds_TooLongOrBadCharacters_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => GateClientIds.ToWire(ClientOrderId.Foreign(new string('a', 29))));
        Assert.False(GateClientIds.IsValid("t-a b"));
        Assert.True(GateClientIds.IsValid("t-" + new string('a', 28)));
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(2, "0.01")]
    [InlineData(8, "0.00000001")]
    public void Step_DecimalCount_IsPowerOfTen(int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GateParser.Step(decimals));
    }

    [Fact]
    public void Timeframes_AllSupported_RoundTrip()
    {
        Assert.Equal(["1m", "5m", "15m", "1h", "4h", "1d"], GateTimeframes.Supported.Select(GateTimeframes.ToWire));
        foreach (var tf in GateTimeframes.Supported)
        {
            Assert.True(GateTimeframes.TryFromWire(GateTimeframes.ToWire(tf), out var back));
            Assert.Equal(tf, back);
        }
    }

    [Fact]
    public void Endpoints_PlacementsAreMarkedAndIdsFilledIn()
    {
        var all = new GateEndpoints().All;

        Assert.Equal(["placeOrder", "placePriceOrder"], all.Where(e => e.PlacesOrder).Select(e => e.Name));
        Assert.Equal("/api/v4/spot/orders/t-qabS0", GateEndpoints.Fill(GateEndpoints.GetOrder, "t-qabS0"));
    }

    [Fact]
    public void Capabilities_DescribeGate()
    {
        var caps = GateCapabilities.Value;

        Assert.False(caps.RequiresPassphrase);
        Assert.True(caps.HasKeyPermissionQuery);
        Assert.Equal(Qari.Exchanges.Abstractions.DuplicateClientIdBehaviour.NotEnforced, caps.DuplicateClientId);
        Assert.Equal(1000, caps.MaxCandlesPerRequest);
    }

    [Fact]
    public void Endpoints_NameNoWithdrawalTransferMarginOrFuturesPath()
    {
        string[] forbidden = ["withdraw", "wallet", "transfer", "margin", "futures", "delivery", "loan", "lend", "borrow", "earn", "unified", "sub_account"];

        foreach (var endpoint in new GateEndpoints().All)
        {
            Assert.StartsWith("/api/v4/", endpoint.Path, StringComparison.Ordinal);
            Assert.DoesNotContain(forbidden, f => endpoint.Path.Contains(f, StringComparison.OrdinalIgnoreCase));
        }
    }
}
