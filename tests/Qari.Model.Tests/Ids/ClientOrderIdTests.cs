using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Model.Tests.Ids;

public class ClientOrderIdTests
{
    [Fact]
    public void Create_SameInputs_SameId()
    {
        var a = ClientOrderId.Create(new TradeId(12345), OrderLeg.Stop, 3);
        var b = ClientOrderId.Create(new TradeId(12345), OrderLeg.Stop, 3);
        Assert.Equal(a, b);
        Assert.Equal("q9ixS3", a.Value);
    }

    [Fact]
    public void Create_DifferentLegOrSequence_DifferentIds()
    {
        var ids = new HashSet<string>();
        foreach (var leg in Enum.GetValues<OrderLeg>())
            for (var seq = 0; seq < 50; seq++)
                Assert.True(ids.Add(ClientOrderId.Create(new TradeId(7), leg, seq).Value));
    }

    [Fact]
    public void Create_LargestValues_FitsEveryExchangeRule()
    {
        // 36^10 - 1 trades and 36^5 - 1 sequences are far beyond any account's lifetime.
        var id = ClientOrderId.Create(new TradeId(3_656_158_440_062_975), OrderLeg.TakeProfit2, 60_466_175);
        Assert.Equal(17, id.Value.Length);
        Assert.All(id.Value, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientOrderId.Create(new TradeId(long.MaxValue), OrderLeg.Stop, int.MaxValue));
    }

    [Theory]
    [InlineData(1L, OrderLeg.Entry1, 0)]
    [InlineData(99999L, OrderLeg.Entry2, 1)]
    [InlineData(36L, OrderLeg.Exit, 35)]
    [InlineData(1234567890L, OrderLeg.TakeProfit1, 1000)]
    [InlineData(long.MaxValue, OrderLeg.Stop, 0)]
    public void TryParse_CanonicalId_RoundTrips(long trade, OrderLeg leg, int seq)
    {
        var id = ClientOrderId.Create(new TradeId(trade), leg, seq);
        Assert.True(ClientOrderId.TryParse(id.Value, out var parsed, out var t, out var l, out var s));
        Assert.Equal(id, parsed);
        Assert.Equal(trade, t.Value);
        Assert.Equal(leg, l);
        Assert.Equal(seq, s);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x1E0")]
    [InlineData("q01E0")]
    [InlineData("qE0")]
    [InlineData("q1E")]
    [InlineData("q1Z0")]
    [InlineData("manual-order-1")]
    public void TryParse_ForeignId_False(string? text) =>
        Assert.False(ClientOrderId.TryParse(text, out _, out _, out _, out _));
}
