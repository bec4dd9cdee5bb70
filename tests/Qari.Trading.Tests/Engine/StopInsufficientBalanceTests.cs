using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// The crash test's "XRP position left with no resting stop after stop orders were rejected with insufficient balance":
/// the engine counted more coins than the venue held, and a stop refused for insufficient balance was retried with the
/// same quantity after each back-off (1 minute doubling to 16), refused every time. A refusal for insufficient balance
/// now asks for a reconciliation, and the stop is re-sized to what the venue holds and placed at once.
/// </summary>
public class StopInsufficientBalanceTests
{
    private static readonly Qari.Model.Ids.ClientOrderId S0 = Id(OrderLeg.Stop, 0), S1 = Id(OrderLeg.Stop, 1), S2 = Id(OrderLeg.Stop, 2);

    [Fact]
    public void StopRefusedForInsufficientBalance_ReconciliationFindsFewerCoins_StopResizedAndPlacedAtOnce()
    {
        var h = OpenWithStopPlaced();

        Assert.DoesNotContain(h.Rejected(S0), c => c.StartsWith("place", StringComparison.Ordinal));
        Assert.True(h.Engine.ReconciliationWanted);

        // The venue holds 1.998 ETH (a fee the engine never learnt of): the stop covers what is there, without waiting.
        Assert.Equal(["place q1S1 Sell StopMarket 1.998 stop 1750", "notify Attention"], h.Send(Reconciliation(h, 1.998m)));
        Assert.False(h.Engine.ReconciliationWanted);
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Subject == "shortfall ETH");
        Assert.Equal(2m, h.Engine.AllTrades[Trade1].Position.Quantity); // the accounting is not rewritten, only the stop sized
        Assert.Empty(h.Accept(S1));
        Assert.Null(h.Engine.AllTrades[Trade1].StopRetryAt);
    }

    [Fact]
    public void StopRefusedForAnotherReason_NoReconciliationAsked_BacksOff()
    {
        var h = OpenWithStopPlaced();

        h.Send(new OrderRejected(h.Time, S0, ErrorKind.Rejected, "binance -2010: Stop price would trigger immediately."));

        Assert.False(h.Engine.ReconciliationWanted);
        Assert.DoesNotContain(h.Send(Reconciliation(h, 2m)), c => c.StartsWith("place", StringComparison.Ordinal));
        Assert.NotNull(h.Engine.AllTrades[Trade1].StopRetryAt);
    }

    [Fact]
    public void StopRefusedAgainAfterTheReconciliation_BacksOffInsteadOfLooping()
    {
        var h = OpenWithStopPlaced();
        h.Rejected(S0);
        h.Send(Reconciliation(h, 1.998m));

        Assert.DoesNotContain(h.Rejected(S1), c => c.StartsWith("place", StringComparison.Ordinal));

        // One immediate retry per refusal streak: the next reconciliation does not place again before the back-off ends.
        Assert.False(h.Engine.ReconciliationWanted);
        Assert.DoesNotContain(h.Send(Reconciliation(h, 1.998m)), c => c.StartsWith("place", StringComparison.Ordinal));
        h.Time += TimeSpan.FromMinutes(2);
        Assert.Equal(["place q1S2 Sell StopMarket 1.998 stop 1750"], h.Timer());
        Assert.Empty(h.Accept(S2));
    }

    [Fact]
    public void VenueFoundHoldingEnoughLater_StopResizedBackToThePosition()
    {
        var h = OpenWithStopPlaced();
        h.Rejected(S0);
        h.Send(Reconciliation(h, 1.998m));
        h.Accept(S1);

        // The missing coins were there after all (a read between two fills): the stop grows back to the whole position.
        Assert.Equal(["cancel q1S1"], h.Send(Reconciliation(h, 2m)));
        Assert.Null(h.Engine.AllTrades[Trade1].VenueHeld);
        Assert.Equal(["place q1S2 Sell StopMarket 2 stop 1750"], h.Canceled(S1));
    }

    [Fact]
    public void StopSizedToTheVenue_LaterBuyFill_StopFollowsWhatTheVenueNowHolds()
    {
        var h = OpenWithStopPlaced();
        h.Rejected(S0);
        h.Send(Reconciliation(h, 1.998m));
        h.Accept(S1);
        var trade = h.Engine.AllTrades[Trade1];

        // A later fill moves the venue's holding with it: neither the old cap nor the engine's count alone.
        var entry = Id(OrderLeg.Entry1, 0);
        h.Send(new OrderFilled(h.Time, entry, "b-late", 0.5m, 2000m, 0m, 0.0005m));
        Assert.Equal(2.4975m, trade.VenueHeld);
        Assert.Equal(2.4995m, trade.Position.Quantity);
        Assert.Equal(["place q1S2 Sell StopMarket 2.497 stop 1750"], h.Canceled(S1));
    }

    [Fact]
    public void ReconciliationFindsFewerCoinsWithoutARefusal_StopKeepsCoveringThePosition()
    {
        var h = OpenWithStopPlaced();
        h.Accept(S0);

        // The balance may have been read before a fill the same reconciliation adopted: only a refusal re-sizes the stop.
        Assert.DoesNotContain(h.Send(Reconciliation(h, 1.998m)), c => c.StartsWith("cancel", StringComparison.Ordinal));
        Assert.Null(h.Engine.AllTrades[Trade1].VenueHeld);
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Subject == "shortfall ETH");
    }

    [Fact]
    public void Restart_ReplaysTheReconciliation_SameStopSize()
    {
        var h = OpenWithStopPlaced();
        h.Rejected(S0);
        h.Send(Reconciliation(h, 1.998m));

        var restarted = h.Crash();

        Assert.Equal(1.998m, restarted.Engine.AllTrades[Trade1].VenueHeld);
    }

    // Leg 1 (2 ETH at 2000) filled and its stop q1S0 sent, not yet answered.
    private static EngineHarness OpenWithStopPlaced()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Id(OrderLeg.Entry1, 0));
        Assert.Contains("place q1S0 Sell StopMarket 2 stop 1750", h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m));
        return h;
    }

    private static ReconciliationApplied Reconciliation(EngineHarness h, decimal eth) =>
        new(h.Time, [], [], [], [], new Dictionary<string, decimal>(StringComparer.Ordinal) { ["ETH"] = eth, ["USDT"] = 50_000m });
}
