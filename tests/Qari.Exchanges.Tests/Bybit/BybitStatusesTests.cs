using Qari.Exchanges.Bybit;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitStatusesTests
{
    [Theory]
    [InlineData("New", OrderStatus.New)]
    [InlineData("Created", OrderStatus.New)]
    [InlineData("Untriggered", OrderStatus.New)]
    [InlineData("Triggered", OrderStatus.New)]
    [InlineData("Active", OrderStatus.New)]
    [InlineData("PartiallyFilled", OrderStatus.PartiallyFilled)]
    [InlineData("Filled", OrderStatus.Filled)]
    [InlineData("Cancelled", OrderStatus.Canceled)]
    [InlineData("PartiallyFilledCanceled", OrderStatus.Canceled)]
    [InlineData("Deactivated", OrderStatus.Canceled)]
    [InlineData("Rejected", OrderStatus.Rejected)]
    public void Map_DocumentedStatus_MapsExhaustively(string wire, OrderStatus expected) => Assert.Equal(expected, BybitStatuses.Map(wire).Value);

    [Theory]
    [InlineData("Frozen")]
    [InlineData("new")]
    [InlineData(null)]
    public void Map_UnknownStatus_FailsAsMalformed(string? wire) => Assert.Equal(ErrorKind.MalformedResponse, BybitStatuses.Map(wire).Error!.Kind);
}
