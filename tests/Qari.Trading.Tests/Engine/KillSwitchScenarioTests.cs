using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

public class KillSwitchScenarioTests
{
    /// <summary>Opens a trade on <paramref name="symbol"/> (2 at 2000, R = 1000) and stops it out at <paramref name="stopFill"/>.</summary>
    private static string[] StopOut(EngineHarness h, long trade, Symbol symbol, decimal stopFill)
    {
        h.Cycle(GateFixture.Candidate(symbol));
        h.Accept(Id(OrderLeg.Entry1, 0, trade));
        h.Fill(Id(OrderLeg.Entry1, 0, trade), 2m, 2000m);
        h.Accept(Id(OrderLeg.Stop, 0, trade));
        return h.Fill(Id(OrderLeg.Stop, 0, trade), 2m, stopFill);
    }

    [Fact]
    public void Daily_MinusTwoR_HaltsEntriesUntilNextUtcDay()
    {
        var h = new EngineHarness();
        // A gap through the stop: 2 × (1000 − 2000) = −2000 = −2R.
        Assert.Equal(["notify StopLoss", "notify KillSwitch"], StopOut(h, 1, GateFixture.Eth, 1000m));
        Assert.Contains(h.Last.Journal, j => j is KillSwitchChanged { Tripped: true });

        h.Time = T0.AddHours(13);
        Assert.Empty(h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
        var failed = Assert.Single(h.Last.Journal.OfType<GateEvaluated>()).Decision.Failures;
        Assert.Equal(RiskCheck.KillSwitch, Assert.Single(failed).Check);

        h.Time = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(["notify KillSwitch"], h.Timer());
        Assert.Contains(h.Last.Journal, j => j is KillSwitchChanged { Tripped: false });
        Assert.Equal(["place q2E0 Buy Limit 2 @2000"], h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
    }

    [Fact]
    public void Daily_MinusOnePointNineR_NotTripped()
    {
        var h = new EngineHarness();
        Assert.Equal(["notify StopLoss"], StopOut(h, 1, GateFixture.Eth, 1050m));
        Assert.Equal(["place q2E0 Buy Limit 2 @2000"], h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
    }

    [Fact]
    public void Weekly_MinusFiveROverThreeDays_HaltsUntilNextIsoWeek()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var h = new EngineHarness { Time = monday };
        StopOut(h, 1, GateFixture.Eth, 1050m);            // −1.9R Monday
        h.Time = monday.AddDays(1);
        StopOut(h, 2, GateFixture.Sol, 1050m);            // −1.9R Tuesday
        h.Time = monday.AddDays(2);
        Assert.Equal(["notify StopLoss", "notify KillSwitch"], StopOut(h, 3, GateFixture.Eth, 1400m)); // −1.2R Wednesday: week −5.0R
        var tripped = Assert.Single(h.Last.Journal.OfType<KillSwitchChanged>());
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), tripped.Until);

        h.Time = monday.AddDays(4); // Friday: the day is clean, the week is not
        Assert.Empty(h.Timer());
        Assert.Empty(h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
        h.Time = new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(["notify KillSwitch"], h.Timer());
        Assert.Equal(["place q4E0 Buy Limit 2 @2000"], h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
    }

    [Fact]
    public void Tripped_WhileLeg1Working_PendingEntryCancelledStopsKept()
    {
        var h = new EngineHarness();
        h.Cycle(GateFixture.Candidate(GateFixture.Sol));   // trade 1 on SOL, leg 1 working
        h.Accept(Id(OrderLeg.Entry1, 0, 1));
        StopOut(h, 2, GateFixture.Eth, 1000m);
        Assert.Contains("cancel q1E0", Describe(h.Last));
    }

    [Fact]
    public void ManualKill_UserWithClose_CancelsPendingAndSellsEverythingAfterTheStopIsGone()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Equal(["cancel q1S0", "notify KillSwitch"], h.Send(new ManualKillSwitch(h.Time, KillActor.User, true, CloseAll: true)));
        Assert.Equal(TradePhase.Holding, h.Engine.AllTrades[Trade1].Phase);
        Assert.Equal(["place q1X0 Sell Market 2"], h.Canceled(Id(OrderLeg.Stop, 0)));
        Assert.Empty(h.Fill(Id(OrderLeg.Exit, 0), 2m, 1990m));
        Assert.Empty(h.Engine.ActiveTrades);

        h.Send(new ManualKillSwitch(h.Time, KillActor.Operator, false));
        Assert.Empty(h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
        h.Send(new ManualKillSwitch(h.Time, KillActor.User, false));
        Assert.Equal(["place q2E0 Buy Limit 2 @2000"], h.Cycle(GateFixture.Candidate(GateFixture.Sol)));
    }

    [Fact]
    public void ManualKill_WithoutClose_PositionKeepsItsStop()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Equal(["notify KillSwitch"], h.Send(new ManualKillSwitch(h.Time, KillActor.Operator, true)));
        Assert.True(h.Engine.Orders.Find(Id(OrderLeg.Stop, 0))!.IsLive);
        Assert.Empty(h.Send(new ChangeOfCharacter(h.Time, GateFixture.Eth, 2100m)));
    }
}
