using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

public class ExitScenarioTests
{
    private static readonly Qari.Model.Ids.ClientOrderId S0 = Id(OrderLeg.Stop, 0), S1 = Id(OrderLeg.Stop, 1), S2 = Id(OrderLeg.Stop, 2);
    private static readonly Qari.Model.Ids.ClientOrderId P0 = Id(OrderLeg.TakeProfit1, 0);

    private static Trade Trade(EngineHarness h) => h.Engine.AllTrades[Trade1];

    [Fact]
    public void Pt1Pt2Trailing_FullLife_CancelSellReplaceEachTimeAndBreakEven()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();

        Assert.Equal(["cancel q1S0"], h.Price(2600m));
        Assert.Equal(ExitStep.CancelingStop, Trade(h).Step);
        Assert.Equal(TradePhase.Holding, Trade(h).Phase); // leg 2 disarmed once a target is reached
        Assert.Equal(["place q1S1 Sell StopMarket 1.2 stop 1750", "place q1P0 Sell Market 0.8"], h.Canceled(S0));
        Assert.Equal(ExitStep.Selling, Trade(h).Step);
        Assert.Equal(["notify ProfitTarget"], h.Fill(P0, 0.8m, 2600m));
        Assert.Equal(ExitStep.None, Trade(h).Step);
        Assert.Equal(2000m, Trade(h).Position.StopPrice); // break-even after PT1
        Assert.Equal(["cancel q1S1"], h.Accept(S1));
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 2000"], h.Canceled(S1));
        h.Accept(S2);

        Assert.Equal(["cancel q1S2"], h.Price(3000m));
        Assert.Equal(["place q1S3 Sell StopMarket 0.6 stop 2000", "place q1T0 Sell Market 0.6"], h.Canceled(S2));
        Assert.Equal(["notify ProfitTarget"], h.Fill(Id(OrderLeg.TakeProfit2, 0), 0.6m, 3000m));
        Assert.Empty(h.Accept(Id(OrderLeg.Stop, 3)));

        Assert.Equal(["cancel q1S3"], h.Send(new HigherLow(h.Time, GateFixture.Eth, 2800m)));
        Assert.Equal(["place q1S4 Sell StopMarket 0.6 stop 2799.99"], h.Canceled(Id(OrderLeg.Stop, 3)));
        h.Accept(Id(OrderLeg.Stop, 4));
        Assert.Empty(h.Send(new HigherLow(h.Time, GateFixture.Eth, 2700m))); // lower low: the stop never moves down
        Assert.Equal(2799.99m, Trade(h).Position.StopPrice);

        Assert.Empty(h.Fill(Id(OrderLeg.Stop, 4), 0.6m, 2799.99m));
        var closed = Assert.Single(h.Last.Journal.OfType<TradeClosed>());
        Assert.Equal(480m + 600m + 0.6m * 799.99m, closed.RealisedQuote);
        Assert.Null(h.Engine.Cooldowns.ActiveUntil(GateFixture.Eth, h.Time)); // a trailing stop in profit is no stop-loss
    }

    [Fact]
    public void Pt1_BreakEvenOff_StopStaysStructural()
    {
        var h = new EngineHarness(TradingSettings.Default with { BreakEvenAfterPt1 = false });
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        h.Fill(P0, 0.8m, 2600m);
        Assert.Empty(h.Accept(S1));
        Assert.Equal(1750m, Trade(h).Position.StopPrice);
    }

    [Fact]
    public void StopHit_Loss_CooldownStartsAndStopLossNotified()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Equal(["notify StopLoss"], h.Fill(S0, 2m, 1750m));
        Assert.Equal(h.Time + TimeSpan.FromHours(24), h.Engine.Cooldowns.ActiveUntil(GateFixture.Eth, h.Time));
        Assert.Empty(h.Engine.ActiveTrades);
        h.Time += TimeSpan.FromHours(1);
        Assert.Empty(h.Cycle());
        Assert.True(Assert.Single(h.Last.Journal.OfType<GateEvaluated>()).Decision.Failed(RiskCheck.Cooldown));
    }

    [Fact]
    public void StopRejected_NotReplacedAtOnceButAfterBackoffDoubling()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Id(OrderLeg.Entry1, 0));
        Assert.Equal(["place q1S0 Sell StopMarket 2 stop 1750"], h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m).Where(c => c.StartsWith("place", StringComparison.Ordinal)));

        // A rejected stop is flagged, not re-sent in a loop within the same turn.
        Assert.DoesNotContain(h.Rejected(S0), c => c.StartsWith("place", StringComparison.Ordinal));
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Message.Contains("stop-loss was rejected", StringComparison.Ordinal));
        Assert.Empty(h.Price(2001m));

        h.Time += TimeSpan.FromMinutes(1);
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], h.Timer());
        h.Rejected(S1);
        h.Time += TimeSpan.FromMinutes(1);
        Assert.Empty(h.Timer()); // second rejection: two minutes
        h.Time += TimeSpan.FromMinutes(1);
        Assert.Equal(["place q1S2 Sell StopMarket 2 stop 1750"], h.Timer());
        h.Accept(S2);
        Assert.Equal(0, Trade(h).StopRejections);
    }

    // ---- crash at every step of cancel → sell → re-place (state rebuilt from the journaled events) ----

    [Fact]
    public void Crash_AfterCancelStopSent_RecoverQueriesStopThenContinues()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        var r = h.Crash();
        Assert.Equal(ExitStep.CancelingStop, Trade(r).Step);
        Assert.Equal(["query q1S0"], r.Send(new EngineRestarted(r.Time)));
        Assert.Equal(["place q1S1 Sell StopMarket 1.2 stop 1750", "place q1P0 Sell Market 0.8"], r.Reported(S0, OrderStatus.Canceled));
    }

    [Fact]
    public void Crash_AfterCancelStopSent_CancelNeverArrived_CancelledAgain()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        var r = h.Crash();
        r.Send(new EngineRestarted(r.Time));
        Assert.Equal(["cancel q1S0"], r.Reported(S0, OrderStatus.New));
    }

    [Fact]
    public void Crash_AfterCancelStopSent_StopHadFilled_TradeClosedNothingSold()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        var r = h.Crash();
        r.Send(new EngineRestarted(r.Time));
        Assert.Equal(["notify StopLoss"], r.Reported(S0, OrderStatus.Filled, 2m, 1750m));
        Assert.Empty(r.Engine.ActiveTrades);
        Assert.DoesNotContain(r.Engine.Orders.Orders, o => o.Spec.Leg == OrderLeg.TakeProfit1);
    }

    [Fact]
    public void Crash_AfterSellAndNewStopSent_StopQueriedFirstAndReplacedWhenMissing()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        var r = h.Crash();
        Assert.Equal(["query q1S1", "query q1P0"], r.Send(new EngineRestarted(r.Time)));
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 1750"], r.Reported(S1, null));
        Assert.Equal(["notify ProfitTarget"], r.Reported(P0, OrderStatus.Filled, 0.8m, 2600m));
        Assert.Equal(["cancel q1S2"], r.Accept(S2)); // then up to break-even
    }

    [Fact]
    public void Crash_AfterBreakEvenCancelSent_RecoverQueriesAndReplacesAtBreakEven()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        h.Fill(P0, 0.8m, 2600m);
        h.Accept(S1);
        var r = h.Crash();
        Assert.Equal(["query q1S1"], r.Send(new EngineRestarted(r.Time)));
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 2000"], r.Reported(S1, OrderStatus.Canceled));
    }

    [Fact]
    public void Crash_AfterStopPlacedForFirstFill_RecoverQueriesItAndReplacesIfNeverArrived()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Id(OrderLeg.Entry1, 0));
        h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m);
        var r = h.Crash();
        Assert.Equal(["query q1S0"], r.Send(new EngineRestarted(r.Time)));
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], r.Reported(S0, null));
    }

    // ---- unknown outcome at every step ----

    [Fact]
    public void Unknown_CancelOfStop_QueriedThenProcedureContinues()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        Assert.Equal(["query q1S0"], h.Send(new CancelOutcomeUnknown(h.Time, S0)));
        Assert.Equal(["place q1S1 Sell StopMarket 1.2 stop 1750", "place q1P0 Sell Market 0.8"], h.Reported(S0, OrderStatus.Canceled));
    }

    [Fact]
    public void Unknown_Sell_QueriedNotPlaced_StopResizedToFullAndTargetRetried()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        Assert.Equal(["query q1P0"], h.Unknown(P0));
        Assert.Empty(h.Reported(P0, null));
        Assert.Equal(ExitStep.None, Trade(h).Step);
        Assert.Equal(["cancel q1S1"], h.Accept(S1)); // 1.2 rests but 2 are held again
        Assert.Equal(["place q1S2 Sell StopMarket 2 stop 1750"], h.Canceled(S1));
        h.Accept(S2);
        Assert.Empty(h.Price(2610m)); // the sell sold nothing: no new one before the back-off
        h.Time += h.Settings.StopRetryBackoff;
        Assert.Equal(["cancel q1S2"], h.Price(2610m)); // the target is tried again
        Assert.Equal(["place q1S3 Sell StopMarket 1.2 stop 1750", "place q1P1 Sell Market 0.8"], h.Canceled(S2));
    }

    [Fact]
    public void Unknown_Sell_QueriedFilled_CountedOnce()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        h.Unknown(P0);
        Assert.Equal(["notify ProfitTarget"], h.Reported(P0, OrderStatus.Filled, 0.8m, 2600m));
        h.Fill(P0, 0.8m, 2600m); // the fill message arriving late adds nothing
        Assert.Equal(1.2m, Trade(h).Position.Quantity);
    }

    [Fact]
    public void Unknown_NewStop_QueriedAndReplacedWhenNotPlaced()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        Assert.Equal(["query q1S1"], h.Unknown(S1));
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 1750"], h.Reported(S1, null));
    }

    [Fact]
    public void Unknown_Unanswered_AskedAgainEveryMinute()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        h.Unknown(S1);
        h.Time += TimeSpan.FromSeconds(30);
        Assert.Empty(h.Timer());
        h.Time += TimeSpan.FromSeconds(31);
        Assert.Equal(["query q1S1", "query q1P0"], h.Timer());
    }

    [Fact]
    public void CancelRejected_StopAlreadyFilled_QueriedAndPositionClosed()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        Assert.Equal(["query q1S0"], h.Send(new CancelRejected(h.Time, S0, Qari.Model.Results.ErrorKind.UnknownOrder, "order does not exist")));
        Assert.Equal(["notify StopLoss"], h.Reported(S0, OrderStatus.Filled, 2m, 1750m));
        Assert.Empty(h.Engine.ActiveTrades);
    }

    [Fact]
    public void StopCancelledOnVenueByUser_ReplacedImmediately()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], h.Canceled(S0));
    }
}
