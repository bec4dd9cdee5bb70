using Qari.Model.Instruments;

namespace Qari.Model.Tests.Instruments;

public class InstrumentRulesTests
{
    private static readonly InstrumentRules Btc = new(TickSize: 0.01m, LotStep: 0.00001m, MinQuantity: 0.00001m, MinNotional: 5m);

    [Theory]
    [InlineData(0.123456789, 0.12345)]
    [InlineData(0.00001, 0.00001)]
    [InlineData(0.000009, 0)]
    public void FloorQuantity_RoundsDownToLot(decimal input, decimal expected) =>
        Assert.Equal(expected, Btc.FloorQuantity(input));

    [Fact]
    public void FloorAndCeilPrice_RoundToTick()
    {
        Assert.Equal(64123.45m, Btc.FloorPrice(64123.459m));
        Assert.Equal(64123.46m, Btc.CeilPrice(64123.451m));
        Assert.Equal(64123.45m, Btc.CeilPrice(64123.45m));
    }

    [Fact]
    public void Violation_NamesTheBrokenRule()
    {
        Assert.Null(Btc.Violation(0.001m, 60000m));
        Assert.Contains("lot step", Btc.Violation(0.0000015m, 60000m), StringComparison.Ordinal);
        Assert.Contains("tick size", Btc.Violation(0.001m, 60000.001m), StringComparison.Ordinal);
        Assert.Contains("minimum notional", Btc.Violation(0.00001m, 60000m), StringComparison.Ordinal);
        Assert.Contains("positive", Btc.Violation(0m, 60000m), StringComparison.Ordinal);
    }
}
