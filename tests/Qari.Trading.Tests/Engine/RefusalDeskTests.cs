using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// A stop refused because its request's timestamp fell outside the venue's window (Binance -1021, Bybit 10002, OKX 50102,
/// ...) placed nothing: it is sent again at once, with a new client id, instead of waiting out the back-off with the
/// position bare; an exit sell refused the same way is sent again at once too. Once per refusal streak: a second such
/// refusal backs off, and other refusals (a rate limit above all) are never resent at once.
/// </summary>
public class RefusalDeskTests
{
    private static readonly Qari.Model.Ids.ClientOrderId S0 = Id(OrderLeg.Stop, 0), S1 = Id(OrderLeg.Stop, 1), S2 = Id(OrderLeg.Stop, 2), S3 = Id(OrderLeg.Stop, 3);

    [Fact]
    public void OnStopState_RefusedForTimestamp_SentAgainAtOnceWithANewClientId()
    {
        var h = OpenWithStopPlaced();

        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], Orders(h.Send(Timestamp(h, S0))));

        Assert.Null(h.Engine.AllTrades[Trade1].StopRetryAt);
        Assert.False(h.Engine.ReconciliationWanted);
        Assert.Contains(h.Last.Journal.OfType<Flagged>(), f => f.Message.Contains("sent again at once", StringComparison.Ordinal));
        Assert.Empty(h.Accept(S1));
    }

    [Fact]
    public void OnStopState_RefusedForTimestampTwiceInARow_SecondBacksOff()
    {
        var h = OpenWithStopPlaced();
        h.Send(Timestamp(h, S0));

        Assert.Empty(Orders(h.Send(Timestamp(h, S1))));

        var trade = h.Engine.AllTrades[Trade1];
        Assert.Equal(h.Time + h.Settings.StopRetryBackoff * 2, trade.StopRetryAt);
        Assert.Empty(h.Timer());
        h.Time += h.Settings.StopRetryBackoff * 2;
        Assert.Equal(["place q1S2 Sell StopMarket 2 stop 1750"], h.Timer());
    }

    [Fact]
    public void OnStopState_TimestampRefusalAfterAnAcceptedStop_SentAgainAtOnceAgain()
    {
        var h = OpenWithStopPlaced();
        h.Send(Timestamp(h, S0));
        h.Accept(S1);

        // The stop is re-sized (a later fill), and the new one is refused for its timestamp: a new streak, a new resend.
        h.Send(new OrderFilled(h.Time, Id(OrderLeg.Entry1, 0), "late", 0.5m, 2000m));
        Assert.Equal(["place q1S2 Sell StopMarket 2.5 stop 1750"], h.Canceled(S1));
        Assert.Equal(["place q1S3 Sell StopMarket 2.5 stop 1750"], Orders(h.Send(Timestamp(h, S2))));
        Assert.Empty(h.Accept(S3));
    }

    [Theory]
    [InlineData(ErrorKind.RateLimited)]
    [InlineData(ErrorKind.Rejected)]
    [InlineData(ErrorKind.DuplicateClientOrderId)]
    [InlineData(ErrorKind.InvalidKey)]
    public void OnStopState_RefusedForAnotherReason_NotResentBeforeTheBackOff(ErrorKind kind)
    {
        var h = OpenWithStopPlaced();

        Assert.Empty(Orders(h.Send(new OrderRejected(h.Time, S0, kind, "refused"))));

        Assert.Equal(h.Time + h.Settings.StopRetryBackoff, h.Engine.AllTrades[Trade1].StopRetryAt);
        Assert.Empty(h.Timer());
    }

    [Fact]
    public void OnSellRejected_Pt1SellRefusedForTimestamp_SentAgainAtOnceThenBacksOff()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        Assert.Equal(["place q1S1 Sell StopMarket 1.2 stop 1750", "place q1P0 Sell Market 0.8"], h.Canceled(S0));
        h.Accept(S1);

        // Nothing was sold: the target starts again at once (the remainder stop freed, then sell and stop with new ids).
        Assert.Equal(["cancel q1S1"], h.Send(Timestamp(h, Id(OrderLeg.TakeProfit1, 0))));
        Assert.Null(h.Engine.AllTrades[Trade1].SellRetryAt);
        Assert.Equal(["place q1S2 Sell StopMarket 1.2 stop 1750", "place q1P1 Sell Market 0.8"], h.Canceled(S1));

        // Refused again for its timestamp: the back-off, as for any failed sell.
        Assert.DoesNotContain(h.Send(Timestamp(h, Id(OrderLeg.TakeProfit1, 1))), c => c.Contains("Market", StringComparison.Ordinal));
        Assert.Equal(h.Time + h.Settings.StopRetryBackoff * 2, h.Engine.AllTrades[Trade1].SellRetryAt);
    }

    [Fact]
    public void OnSellRejected_Pt1SellRateLimited_NotSentAgainBeforeTheBackOff()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2600m);
        h.Canceled(S0);
        h.Accept(S1);

        Assert.DoesNotContain(h.Send(new OrderRejected(h.Time, Id(OrderLeg.TakeProfit1, 0), ErrorKind.RateLimited, "binance -1003: Too much request weight used")),
            c => c.Contains("Market", StringComparison.Ordinal));
        Assert.Equal(h.Time + h.Settings.StopRetryBackoff, h.Engine.AllTrades[Trade1].SellRetryAt);
        Assert.Empty(Orders(h.Price(2610m)));
    }

    [Fact]
    public void Restart_AfterTheResend_SameStopsAndNoSecondResend()
    {
        var h = OpenWithStopPlaced();
        h.Send(Timestamp(h, S0));

        var restarted = h.Crash();

        // The resend was used before the crash: the rebuilt engine knows it, so a refusal of it backs off.
        Assert.Empty(Orders(restarted.Send(Timestamp(restarted, S1))));
        Assert.NotNull(restarted.Engine.AllTrades[Trade1].StopRetryAt);
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

    // The orders sent (a refused stop also notifies the user: "unprotected until a stop rests").
    private static string[] Orders(string[] commands) => [.. commands.Where(c => !c.StartsWith("notify", StringComparison.Ordinal))];

    private static OrderRejected Timestamp(EngineHarness h, Qari.Model.Ids.ClientOrderId id) =>
        new(h.Time, id, ErrorKind.TimestampOutOfWindow, "binance -1021: Timestamp for this request is outside of the recvWindow.");
}
