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
    [Fact]
    public void MarketSellFallback_RejectedForBalance_BacksOffInsteadOfSellingAgainAtOnce()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(Id(OrderLeg.Stop, 0));
        h.Fill(Id(OrderLeg.TakeProfit1, 0), 0.8m, 2600m);
        h.Accept(Id(OrderLeg.Stop, 1));
        h.Price(1990m);
        Assert.Equal(["place q1X0 Sell Market 1.2"], h.Canceled(Id(OrderLeg.Stop, 1)));

        // The venue holds fewer coins than the engine believes: the sell is refused. Before the fix the refusal's own
        // turn started the next sell at once, and so on without end.
        // Meanwhile the stop is tried (a venue may take it if the price came back); refused, it backs off too.
        // The refusal asks for the venue's balance (ExitSellInsufficientBalanceTests); until it comes, the sell backs off.
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 2000", "notify Attention"], h.Rejected(Id(OrderLeg.Exit, 0)));
        Assert.True(h.Engine.ReconciliationWanted);
        Assert.Equal(["notify Attention"], h.Rejected(Id(OrderLeg.Stop, 2))); // "unprotected until a stop rests"
        Assert.All(new[] { h.Price(1985m), h.Timer(), h.Price(1980m) }, Assert.Empty);
        var trade = h.Engine.AllTrades[Trade1];
        Assert.Equal(h.Time + h.Settings.StopRetryBackoff, trade.SellRetryAt);

        h.Time += h.Settings.StopRetryBackoff;
        Assert.Equal(["place q1X1 Sell Market 1.2"], h.Price(1980m)); // both back-offs over: sell again
        h.Time += TimeSpan.FromSeconds(1);
        h.Rejected(Id(OrderLeg.Exit, 1));
        Assert.Equal(h.Time + (2 * h.Settings.StopRetryBackoff), trade.SellRetryAt); // doubled per consecutive failure
    }

    [Fact]
    public void TargetSell_Rejected_NotStartedAgainOnTheNextTickBeforeTheBackOff()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(Id(OrderLeg.Stop, 0)); // PT1: market sell of 0.8, stop q1S1 for the rest
        h.Rejected(Id(OrderLeg.TakeProfit1, 0));
        Assert.Equal(["cancel q1S1"], h.Accept(Id(OrderLeg.Stop, 1))); // nothing was sold: re-size the stop to all 2
        Assert.Equal(["place q1S2 Sell StopMarket 2 stop 1750"], h.Canceled(Id(OrderLeg.Stop, 1)));
        h.Accept(Id(OrderLeg.Stop, 2));
        Assert.Empty(h.Price(2610m));
        h.Time += h.Settings.StopRetryBackoff;
        Assert.Equal(["cancel q1S2"], h.Price(2610m));
    }
}
