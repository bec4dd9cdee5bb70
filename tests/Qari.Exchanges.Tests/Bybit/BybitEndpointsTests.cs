using Qari.Exchanges.Bybit;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitEndpointsTests
{
    private static readonly string[] Forbidden = ["withdraw", "transfer", "margin", "loan", "borrow", "position", "asset/", "earn", "lending", "leverage"];

    [Fact]
    public void All_Paths_AreSpotMarketOrderAccountOrKeyOnly()
    {
        foreach (var e in new BybitEndpoints().All)
        {
            Assert.StartsWith("/v5/", e.Path, StringComparison.Ordinal);
            Assert.DoesNotContain(Forbidden, f => e.Path.Contains(f, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void All_OnlyOrderCreationPlacesOrders() =>
        Assert.Equal([BybitEndpoints.CreateOrder], new BybitEndpoints().All.Where(e => e.PlacesOrder));

    [Fact]
    public void All_PublicMarketDataIsUnsignedAndEverythingElseSigned() =>
        Assert.All(new BybitEndpoints().All, e => Assert.Equal(!e.Path.StartsWith("/v5/market/", StringComparison.Ordinal), e.Signed));
}
