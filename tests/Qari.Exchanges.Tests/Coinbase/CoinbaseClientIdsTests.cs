using Qari.Exchanges.Coinbase;
using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Tests.Coinbase;

public sealed class CoinbaseClientIdsTests
{
    [Fact]
    public void ToUuid_SameCanonicalId_AlwaysTheSameVersion5Uuid()
    {
        var id = ClientOrderId.Create(new TradeId(42), OrderLeg.Stop, 1);
        var a = CoinbaseClientIds.ToUuid(id.Value);
        Assert.Equal(a, CoinbaseClientIds.ToUuid(id.Value));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", a);
        Assert.NotEqual(a, CoinbaseClientIds.ToUuid(ClientOrderId.Create(new TradeId(42), OrderLeg.Stop, 2).Value));
    }

    [Fact]
    public void FromWire_UuidSentBefore_MapsBackToTheCanonicalId()
    {
        var ids = new CoinbaseClientIds();
        var id = ClientOrderId.Create(new TradeId(7), OrderLeg.Entry1, 0);
        var wire = ids.ToWire(id);
        Assert.Equal(id, ids.FromWire(wire));
        Assert.Equal("11111111-2222-5333-8444-555555555555", ids.FromWire("11111111-2222-5333-8444-555555555555")?.Value);
    }
}
