using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Journal;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

public class StopAtOrAboveMarketTests
{
    [Fact]
    public void BreakEvenStop_PriceFellUnderItBeforeItRests_SellsAtMarketInsteadOfARefusedStop()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(Id(OrderLeg.Stop, 0));
        h.Fill(Id(OrderLeg.TakeProfit1, 0), 0.8m, 2600m);
        Assert.Equal(["cancel q1S1"], h.Accept(Id(OrderLeg.Stop, 1))); // break-even: 1750 → 2000
        h.Price(1990m); // the market falls under break-even while the old stop is being cancelled

        var commands = h.Canceled(Id(OrderLeg.Stop, 1));

        Assert.Equal(["place q1X0 Sell Market 1.2"], commands);
        Assert.Equal(ExitPurpose.Close, h.Engine.AllTrades[Trade1].Purpose);
        Assert.Empty(h.Last.Journal.OfType<Flagged>());
    }

    [Fact]
    public void StopUnderTheMarket_IsPlacedAsAStop()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(Id(OrderLeg.Stop, 0));
        h.Fill(Id(OrderLeg.TakeProfit1, 0), 0.8m, 2600m);
        h.Accept(Id(OrderLeg.Stop, 1));
        h.Price(2010m);

        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 2000"], h.Canceled(Id(OrderLeg.Stop, 1)));
    }
}
