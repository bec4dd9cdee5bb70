using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Journal;
using Qari.Trading.Reconciliation;
using Qari.Trading.Tests.Engine;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Reconciliation;

public class ReconcilerTests
{
    private static readonly ClientOrderId Leg1 = Id(OrderLeg.Entry1, 0);
    private static readonly ClientOrderId S0 = Id(OrderLeg.Stop, 0);

    private static ExchangeTruth Truth(EngineHarness h, IReadOnlyList<VenueOrder>? open = null, IReadOnlyList<VenueFill>? fills = null, Dictionary<string, decimal>? balances = null) =>
        new(h.Time, open ?? [], fills ?? [], balances ?? new Dictionary<string, decimal> { ["USDT"] = 40_000m });

    private static string[] Run(EngineHarness h, ExchangeTruth truth) => h.Send(Reconciler.Plan(h.Engine, truth));

    private static VenueOrder Open(ClientOrderId id, OrderSide side, OrderType type, decimal qty) =>
        new(id.Value, GateFixture.Eth, side, type, qty, 0m, new ExchangeOrderId("x" + id.Value));

    [Fact]
    public void Reconcile_FillWhileOffline_AdoptedAndStopPlacedFirst()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        var truth = Truth(h, fills: [new VenueFill(Leg1.Value, GateFixture.Eth, OrderSide.Buy, "t1", 2m, 2000m, h.Time)],
            balances: new() { ["ETH"] = 2m, ["USDT"] = 46_000m });

        Assert.Equal(["place q1S0 Sell StopMarket 2 stop 1750", "notify Entry"], Run(h, truth));
        Assert.Equal(2m, h.Engine.ActiveTrades[GateFixture.Eth].Position.Quantity);
        Assert.Empty(Run(h, truth with { OpenOrders = [Open(S0, OrderSide.Sell, OrderType.StopMarket, 2m)] })); // idempotent
        Assert.Equal(2m, h.Engine.ActiveTrades[GateFixture.Eth].Position.Quantity);
    }

    [Fact]
    public void Reconcile_StopMissingCoinsStillThere_ReplacedBeforeAnythingElse()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        var truth = Truth(h, open: [new VenueOrder("q9E0", GateFixture.Sol, OrderSide.Buy, OrderType.Limit, 1m, 0m, new ExchangeOrderId("o"))],
            balances: new() { ["ETH"] = 2m });
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750", "cancel q9E0"], Run(h, truth));
    }

    [Fact]
    public void Reconcile_StopFilledWhileAway_PositionClosedAsStopLoss()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        var truth = Truth(h, fills: [new VenueFill(S0.Value, GateFixture.Eth, OrderSide.Sell, "t7", 2m, 1750m, h.Time)]);
        Assert.Equal(["notify StopLoss"], Run(h, truth));
        Assert.Empty(h.Engine.ActiveTrades);
    }

    [Fact]
    public void Reconcile_UnknownOrderListedOpen_ResolvedWithoutCommands()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Unknown(Leg1);
        Assert.Empty(Run(h, Truth(h, open: [Open(Leg1, OrderSide.Buy, OrderType.Limit, 2m)])));
        Assert.Equal(Qari.Trading.Execution.OrderState.New, h.Engine.Orders.Find(Leg1)!.State);
    }

    [Fact]
    public void Reconcile_UnknownOrderNotListed_QueriedNotGuessed()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Unknown(Leg1);
        Assert.Equal(["query q1E0"], Run(h, Truth(h)));
    }

    [Fact]
    public void Reconcile_ForeignOrderAndCoins_FlaggedOnceNeverTouched()
    {
        var h = new EngineHarness();
        var truth = Truth(h,
            open: [new VenueOrder("my-manual-order", Symbol.Parse("BTC/USDT"), OrderSide.Sell, OrderType.Limit, 0.1m, 0m, new ExchangeOrderId("b1"))],
            balances: new() { ["BTC"] = 0.5m, ["USDT"] = 1000m });

        Run(h, truth);
        var step = h.Last;
        Assert.Equal(["notify Attention", "notify Attention"], Describe(step));
        Assert.Equal(["order my-manual-order", "balance BTC"], step.Journal.OfType<Flagged>().Select(f => f.Subject).ToArray());
        Assert.Empty(h.Engine.Orders.Orders);
        Assert.Empty(Run(h, truth));
    }

    [Fact]
    public void Reconcile_NotPlacedStopActuallyResting_AdoptedAndDuplicateCancelled()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Leg1);
        h.Fill(Leg1, 2m, 2000m);
        h.Unknown(S0);
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], h.Reported(S0, null));
        h.Accept(Id(OrderLeg.Stop, 1));
        var truth = Truth(h, open: [Open(S0, OrderSide.Sell, OrderType.StopMarket, 2m), Open(Id(OrderLeg.Stop, 1), OrderSide.Sell, OrderType.StopMarket, 2m)],
            balances: new() { ["ETH"] = 2m });
        Assert.Equal(["cancel q1S1"], Run(h, truth));
        Assert.Contains(h.Engine.Orders.Orders, o => o.Id == S0 && o.IsLive);
    }

    [Fact]
    public void Reconcile_CoinsShortOfPosition_Flagged()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Run(h, Truth(h, open: [Open(S0, OrderSide.Sell, OrderType.StopMarket, 2m)], balances: new() { ["ETH"] = 1.5m }));
        var step = h.Last;
        Assert.Contains(step.Journal, j => j is Flagged f && f.Subject == "shortfall ETH");
    }

    [Fact]
    public void Reconcile_LeftoverStopOfClosedTrade_Cancelled()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Fill(S0, 2m, 1750m); // closed by its stop; its orders are forgotten
        var leftover = Id(OrderLeg.Stop, 7);
        Assert.Equal(["cancel q1S7", "notify Attention"], Run(h, Truth(h, open: [Open(leftover, OrderSide.Sell, OrderType.StopMarket, 1m)], balances: new() { ["ETH"] = 1m })));
        Assert.Contains(h.Last.Journal, j => j is Flagged f && f.Subject == "balance ETH");
    }
}
