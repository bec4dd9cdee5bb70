using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

public class EntryScenarioTests
{
    private static readonly Qari.Model.Ids.ClientOrderId Leg1 = Id(OrderLeg.Entry1, 0);
    private static readonly Qari.Model.Ids.ClientOrderId Leg2 = Id(OrderLeg.Entry2, 0);

    [Fact]
    public void Cycle_ApprovedCandidate_PlacesLeg1AndJournalsDecisionAndPlan()
    {
        var h = new EngineHarness();
        Assert.Equal(["place q1E0 Buy Limit 2 @2000"], h.Cycle());
        Assert.Contains(h.Last.Journal, j => j is GateEvaluated { Decision.Approved: true });
        var opened = Assert.Single(h.Last.Journal.OfType<TradeOpened>());
        Assert.Contains("order block", opened.Candidate.Explanation);
        Assert.Equal(1000m, opened.Plan.RiskQuote);
    }

    [Fact]
    public void Cycle_RejectedCandidate_NoCommandsAndEveryReasonJournaled()
    {
        var h = new EngineHarness();
        Assert.Empty(h.Cycle(GateFixture.Candidate() with { RiskReward = 1.5m, ExtremeLiquidationEvent = true }));
        var decision = Assert.Single(h.Last.Journal.OfType<GateEvaluated>()).Decision;
        Assert.Equal([RiskCheck.RiskReward, RiskCheck.MarketEvent], decision.Failures.Select(f => f.Check).ToArray());
    }

    [Fact]
    public void BothLegs_FillInParts_StopPlacedOnFirstFillAndResizedEachTime()
    {
        var h = new EngineHarness();
        h.Cycle();
        Assert.Empty(h.Accept(Leg1));
        Assert.True(h.Lock.IsHeld(new EntryLockKey(GateFixture.User, GateFixture.Eth)) == false, "lock released once leg 1 is accepted");

        Assert.Equal(["place q1S0 Sell StopMarket 0.5 stop 1750", "notify Entry"], h.Fill(Leg1, 0.5m, 2000m));
        Assert.Empty(h.Accept(Id(OrderLeg.Stop, 0)));
        Assert.Equal(["cancel q1S0"], h.Fill(Leg1, 1.5m, 2000m));
        Assert.Equal(TradePhase.AwaitingLeg2, h.Engine.ActiveTrades[GateFixture.Eth].Phase);
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], h.Canceled(Id(OrderLeg.Stop, 0)));
        h.Accept(Id(OrderLeg.Stop, 1));

        // 15m CHoCH at 2100: leg 2 gets what the reservation (2 × 2000 × 1.001) buys at 2100.
        Assert.Equal(["place q1F0 Buy Limit 1.904 @2100"], h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 2100m)));
        Assert.Equal(0m, h.Engine.ReservedQuote - 1.904m * 2100m * 1.001m);
        h.Accept(Leg2);
        Assert.Equal(0m, h.Engine.ReservedQuote);
        Assert.Equal(["cancel q1S1"], h.Fill(Leg2, 1.904m, 2100m));
        Assert.Equal(["place q1S2 Sell StopMarket 3.904 stop 1750"], h.Canceled(Id(OrderLeg.Stop, 1)));

        var trade = h.Engine.ActiveTrades[GateFixture.Eth];
        Assert.Equal(TradePhase.Holding, trade.Phase);
        Assert.Equal(3.904m, trade.Position.Quantity);
        Assert.True(StopBand.Contains(trade.Position.StopPrice, trade.Position.AverageEntry));
    }

    [Fact]
    public void Leg2_NoChangeOfCharacterFor48h_ExpiresAndReleasesReservation()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Equal(4004m - 0m, h.Engine.ReservedQuote);
        h.Time = T0.AddHours(47);
        h.Timer();
        Assert.Equal(TradePhase.AwaitingLeg2, h.Engine.ActiveTrades[GateFixture.Eth].Phase);

        h.Time = T0.AddHours(48);
        Assert.Empty(h.Timer());
        Assert.Equal(TradePhase.Holding, h.Engine.ActiveTrades[GateFixture.Eth].Phase);
        Assert.Equal(0m, h.Engine.ReservedQuote);
        Assert.Empty(h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 2100m)));
    }

    [Fact]
    public void Leg2_PlacedButUnfilledAtDeadline_CancelledPositionStaysLeg1Size()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 2100m));
        h.Accept(Leg2);
        h.Time = T0.AddHours(48);
        Assert.Equal(["cancel q1F0"], h.Timer());
        Assert.Empty(h.Canceled(Leg2));
        var trade = h.Engine.ActiveTrades[GateFixture.Eth];
        Assert.Equal(TradePhase.Holding, trade.Phase);
        Assert.Equal(2m, trade.Position.Quantity);
    }

    [Fact]
    public void Leg1_UnfilledFor24h_CancelledAndTradeClosedWithNothingBought()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        h.Time = T0.AddHours(24);
        Assert.Equal(["cancel q1E0"], h.Timer());
        Assert.Empty(h.Canceled(Leg1));
        Assert.Empty(h.Engine.ActiveTrades);
        Assert.Contains(h.Last.Journal, j => j is TradeClosed { Reason: "nothing was bought" });
    }

    [Fact]
    public void Leg1_PartFilledThenExpired_StopCoversThePartAndLeg2Armed()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        h.Fill(Leg1, 0.7m, 2000m);
        h.Accept(Id(OrderLeg.Stop, 0));
        h.Time = T0.AddHours(24);
        Assert.Equal(["cancel q1E0"], h.Timer());
        Assert.Empty(h.Canceled(Leg1));
        var trade = h.Engine.ActiveTrades[GateFixture.Eth];
        Assert.Equal(TradePhase.AwaitingLeg2, trade.Phase);
        Assert.Equal(0.7m, h.Engine.Orders.Find(Id(OrderLeg.Stop, 0))!.Spec.Quantity);
    }

    [Fact]
    public void Leg1_RejectedByVenue_TradeClosedAndLockReleased()
    {
        var h = new EngineHarness();
        h.Cycle();
        Assert.True(h.Lock.IsHeld(new EntryLockKey(GateFixture.User, GateFixture.Eth)));
        Assert.Empty(h.Rejected(Leg1));
        Assert.False(h.Lock.IsHeld(new EntryLockKey(GateFixture.User, GateFixture.Eth)));
        Assert.Empty(h.Engine.ActiveTrades);
    }

    [Fact]
    public void Leg1_OutcomeUnknown_QueriedNeverResent()
    {
        var h = new EngineHarness();
        h.Cycle();
        Assert.Equal(["query q1E0"], h.Unknown(Leg1));
        Assert.Equal(["place q1S0 Sell StopMarket 2 stop 1750", "notify Entry"], h.Reported(Leg1, OrderStatus.Filled, 2m, 2000m));
    }

    [Fact]
    public void Leg2_ChangeOfCharacterTooLow_NotPlacedAndStillWaiting()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        // stop 1750 / 0.9 = 1944.45: adding below would leave the stop tighter than 10% under the average.
        Assert.Empty(h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 1900m)));
        Assert.Equal(TradePhase.AwaitingLeg2, h.Engine.ActiveTrades[GateFixture.Eth].Phase);
        Assert.Contains(h.Last.Journal, j => j is Flagged);
    }

    [Fact]
    public void Cycle_SecondCycleSameSymbol_BlockedByCheck5()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Empty(h.Cycle());
        Assert.True(Assert.Single(h.Last.Journal.OfType<GateEvaluated>()).Decision.Failed(RiskCheck.NoPositionInSymbol));
    }

    [Fact]
    public void Leg1_ExpiredByExchangeAfterPartialFill_PositionKeptAndLeg2Armed()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        h.Fill(Leg1, 1.2m, 2000m);
        h.Accept(Id(OrderLeg.Stop, 0));
        Assert.Empty(h.Send(new OrderExpired(h.Time, Leg1)));
        var trade = h.Engine.ActiveTrades[GateFixture.Eth];
        Assert.Equal(TradePhase.AwaitingLeg2, trade.Phase);
        Assert.Contains(h.Last.Journal, j => j is Flagged f && f.Message.Contains("leg 1 ended Expired"));
    }

    [Fact]
    public void Leg2_CancelledByExchange_HoldingAtLeg1Size()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 2100m));
        h.Accept(Leg2);
        Assert.Empty(h.Canceled(Leg2));
        Assert.Equal(TradePhase.Holding, h.Engine.ActiveTrades[GateFixture.Eth].Phase);
        Assert.Equal(0m, h.Engine.ReservedQuote);
    }

    [Fact]
    public void Pt1_ReachedWhileLeg1StillWorking_Leg1CancelledAndTargetTaken()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        h.Fill(Leg1, 1m, 2000m);
        h.Accept(Id(OrderLeg.Stop, 0));
        Assert.Equal(["cancel q1E0", "cancel q1S0"], h.Price(2600m));
        Assert.Empty(h.Canceled(Leg1));
        Assert.Equal(["place q1S1 Sell StopMarket 0.6 stop 1750", "place q1P0 Sell Market 0.4"], h.Canceled(Id(OrderLeg.Stop, 0)));
    }
}
