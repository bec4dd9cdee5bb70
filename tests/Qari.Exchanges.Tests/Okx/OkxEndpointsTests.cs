using Qari.Exchanges.Okx;

namespace Qari.Exchanges.Tests.Okx;

public class OkxEndpointsTests
{
    private static readonly string[] Forbidden = ["withdraw", "transfer", "margin", "loan", "borrow", "position", "asset/", "finance", "leverage", "lever"];

    [Fact]
    public void All_Paths_AreSpotMarketTradeAccountBalanceOrConfigOnly()
    {
        foreach (var e in new OkxEndpoints().All)
        {
            Assert.StartsWith("/api/v5/", e.Path, StringComparison.Ordinal);
            Assert.DoesNotContain(Forbidden, f => e.Path.Contains(f, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void All_OnlyOrderAndAlgoPlacementPlaceOrders() =>
        Assert.Equal([OkxEndpoints.PlaceOrder, OkxEndpoints.PlaceAlgo], new OkxEndpoints().All.Where(e => e.PlacesOrder));

    [Fact]
    public void All_PrivateEndpointsCountAgainstTheKeyNotTheIp() =>
        Assert.All(new OkxEndpoints().All.Where(e => e.Signed), e => Assert.True(e.Weight == 0 && e.KeyWeight > 0, e.ToString()));
}
