using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// An exit market sell refused for insufficient balance (the venue holds fewer coins than the position counts, e.g. a fee
/// the engine never learnt of, so the stop for the rest locks what the sell needs) used to back off and come back with
/// the same quantity, refused every time. Like a stop refused the same way, it now asks for the venue's truth, and the
/// same exit is sent again at once, sized to what the venue holds, with the shortfall flagged.
/// </summary>
public class ExitSellInsufficientBalanceTests
{
    private static readonly Qari.Model.Ids.ClientOrderId S0 = Id(OrderLeg.Stop, 0), S1 = Id(OrderLeg.Stop, 1), S2 = Id(OrderLeg.Stop, 2);
    private static readonly Qari.Model.Ids.ClientOrderId P0 = Id(OrderLeg.TakeProfit1, 0), P1 = Id(OrderLeg.TakeProfit1, 1);

    [Fact]
    public void Pt1SellRefusedForInsufficientBalance_ReconciliationFindsFewerCoins_SoldAgainAtOnceAndStopResized()
    {
        var h = Pt1Selling();

        // The stop for the rest is grown back to the whole position while the sell backs off (as before).
        Assert.Equal(["notify Attention", "cancel q1S1"], h.Send(Refused(h, P0)));
        Assert.True(h.Engine.ReconciliationWanted);
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Message.Contains("TakeProfit1 sell was refused for insufficient balance", StringComparison.Ordinal));

        // The venue holds 1.9 ETH: the target starts again now — once the stop is freed, 0.8 sold and the stop sized to the 1.1 left.
        Assert.Equal(["notify Attention"], h.Send(Reconciliation(h, 1.9m)));
        Assert.False(h.Engine.ReconciliationWanted);
        Assert.Equal(ExitStep.CancelingStop, h.Engine.AllTrades[Trade1].Step);
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Subject == "shortfall ETH");
        Assert.Equal(["place q1S2 Sell StopMarket 1.1 stop 1750", "place q1P1 Sell Market 0.8"], h.Canceled(S1));
        Assert.Equal(["notify ProfitTarget"], h.Fill(P1, 0.8m, 2600m));
        var trade = h.Engine.AllTrades[Trade1];
        Assert.True(trade.Pt1Done);
        Assert.Null(trade.SellRetryAt);
        Assert.Equal(1.1m, trade.VenueHeld);
    }

    [Fact]
    public void SellRefusedAgainAfterTheReconciliation_BacksOffWithoutAskingAgain()
    {
        var h = Pt1SellRefused();
        h.Send(Reconciliation(h, 1.9m));
        h.Canceled(S1);

        Assert.DoesNotContain(h.Send(Refused(h, P1)), c => c.Contains("Market", StringComparison.Ordinal));

        // One immediate retry per refusal streak: then the back-off, and no reconciliation asked again.
        Assert.False(h.Engine.ReconciliationWanted);
        Assert.NotNull(h.Engine.AllTrades[Trade1].SellRetryAt);
        Assert.DoesNotContain(h.Send(Reconciliation(h, 1.9m)), c => c.Contains("Market", StringComparison.Ordinal));
    }

    [Fact]
    public void SellRefusedForAnotherReason_NoReconciliationAsked_BacksOff()
    {
        var h = Pt1Selling();

        h.Send(new OrderRejected(h.Time, P0, ErrorKind.Rejected, "market closed"));

        Assert.False(h.Engine.ReconciliationWanted);
        Assert.NotNull(h.Engine.AllTrades[Trade1].SellRetryAt);
        Assert.DoesNotContain(h.Send(Reconciliation(h, 2m)), c => c.Contains("Market", StringComparison.Ordinal));
    }

    [Fact]
    public void CloseSellRefusedForInsufficientBalance_ClosesWhatTheVenueHolds()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Contains("cancel q1S0", h.Send(new ManualKillSwitch(h.Time, KillActor.User, true, CloseAll: true)));
        Assert.Equal(["place q1X0 Sell Market 2"], h.Canceled(S0));
        h.Send(Refused(h, Id(OrderLeg.Exit, 0)));
        Assert.True(h.Engine.ReconciliationWanted);

        // The close is not dropped after its refusal: it sells the 1.9 ETH the venue holds.
        var commands = h.Send(Reconciliation(h, 1.9m));
        Assert.Contains("place q1X1 Sell Market 1.9", commands.Concat(h.Accept(S1)).Concat(h.Canceled(S1)));
    }

    [Fact]
    public void Restart_ReplaysTheReconciliation_SameSellSize()
    {
        var h = Pt1SellRefused();
        h.Send(Reconciliation(h, 1.9m));

        var restarted = h.Crash();

        Assert.Equal(["place q1S2 Sell StopMarket 1.1 stop 1750", "place q1P1 Sell Market 0.8"], restarted.Canceled(S1));
    }

    // Leg 1 (2 ETH at 2000) filled, its stop resting; PT1 reached: the stop freed, the rest re-protected and 0.8 sent.
    private static EngineHarness Pt1Selling()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        Assert.Equal(["place q1S1 Sell StopMarket 1.2 stop 1750", "place q1P0 Sell Market 0.8"], h.Canceled(S0));
        h.Accept(S1);
        return h;
    }

    // ... and the venue refused the sell: it holds 1.9 ETH, of which the stop for the rest locks 1.2.
    private static EngineHarness Pt1SellRefused()
    {
        var h = Pt1Selling();
        h.Send(Refused(h, P0));
        return h;
    }

    private static OrderRejected Refused(EngineHarness h, Qari.Model.Ids.ClientOrderId id) =>
        new(h.Time, id, ErrorKind.InsufficientBalance, "binance -2010: Account has insufficient balance for requested action.");

    private static ReconciliationApplied Reconciliation(EngineHarness h, decimal eth) =>
        new(h.Time, [], [], [], [], new Dictionary<string, decimal>(StringComparer.Ordinal) { ["ETH"] = eth, ["USDT"] = 50_000m });
}
