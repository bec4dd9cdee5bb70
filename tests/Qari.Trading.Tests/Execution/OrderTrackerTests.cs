using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Trading.Tests.Execution;

public class OrderTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly TradeId Trade = new(7);
    private static readonly ClientOrderId Id = ClientOrderId.Create(Trade, OrderLeg.Entry1, 0);

    private static (OrderTracker, TrackedOrder) Submitted(decimal qty = 2m)
    {
        var tracker = new OrderTracker();
        var order = tracker.Submit(new OrderSpec(Id, Trade, OrderLeg.Entry1, Symbol.Parse("ETH/USDT"), OrderSide.Buy, OrderType.Limit, qty, 2000m, null), T0);
        return (tracker, order);
    }

    [Fact]
    public void Submit_SameClientIdTwice_Throws()
    {
        var (tracker, order) = Submitted();
        Assert.Throws<InvalidOperationException>(() => tracker.Submit(order.Spec, T0));
    }

    [Fact]
    public void Apply_PartialFillsThenComplete_EachQuantityCountedOnce()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderAccepted(T0, Id, new ExchangeOrderId("x1")));

        var first = tracker.Apply(new OrderFilled(T0, Id, "t1", 0.5m, 2000m));
        var duplicate = tracker.Apply(new OrderFilled(T0, Id, "t1", 0.5m, 2000m));
        var second = tracker.Apply(new OrderFilled(T0, Id, "t2", 1.5m, 1990m));

        Assert.Equal(0.5m, first.FilledDelta);
        Assert.Equal(OrderState.PartiallyFilled, first.Current);
        Assert.Equal(0m, duplicate.FilledDelta);
        Assert.Equal(1.5m, second.FilledDelta);
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(2m, order.Filled);
        Assert.Equal(1992.5m, order.AveragePrice);
    }

    [Fact]
    public void Apply_ReportAheadOfFills_LaterFillsAddNothing()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderOutcomeUnknown(T0, Id));
        Assert.Equal(OrderState.Unknown, order.State);

        var report = tracker.Apply(new OrderStatusReported(T0, Id, OrderStatus.Filled, 2m, 2000m));
        var late = tracker.Apply(new OrderFilled(T0, Id, "t1", 2m, 2000m));

        Assert.Equal(2m, report.FilledDelta);
        Assert.Equal(0m, late.FilledDelta);
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(2m, order.Filled);
    }

    [Fact]
    public void Apply_FillsThenReportWithMore_OnlyTheDifferenceIsNew()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderFilled(T0, Id, "t1", 0.5m, 2000m));
        var report = tracker.Apply(new OrderStatusReported(T0, Id, OrderStatus.PartiallyFilled, 1.2m, 2010m));
        Assert.Equal(0.7m, report.FilledDelta);
        Assert.Equal(1.2m * 2010m, order.FilledNotional);
        Assert.Equal(0m, tracker.Apply(new OrderFilled(T0, Id, "t2", 0.7m, 2014.29m)).FilledDelta);
    }

    [Fact]
    public void Apply_UnknownThenNotFound_NotPlacedAndNotLive()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderOutcomeUnknown(T0, Id));
        tracker.Apply(new OrderStatusReported(T0, Id, null));
        Assert.Equal(OrderState.NotPlaced, order.State);
        Assert.False(order.IsLive);
    }

    [Fact]
    public void Apply_RejectAfterAccept_IgnoredAsAnomaly()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderAccepted(T0, Id, new ExchangeOrderId("x1")));
        var change = tracker.Apply(new OrderRejected(T0, Id, ErrorKind.Rejected, "late"));
        Assert.NotNull(change.Anomaly);
        Assert.Equal(OrderState.New, order.State);
    }

    [Fact]
    public void Apply_FillAfterCancel_QuantityCountsStateStays()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderAccepted(T0, Id, new ExchangeOrderId("x1")));
        tracker.Apply(new OrderCanceled(T0, Id));
        var change = tracker.Apply(new OrderFilled(T0, Id, "t9", 0.3m, 2000m));
        Assert.Equal(0.3m, change.FilledDelta);
        Assert.Equal(OrderState.Canceled, order.State);
    }

    [Fact]
    public void Apply_CancelUnknownThenReportedLive_CancelCleared()
    {
        var (tracker, order) = Submitted();
        tracker.Apply(new OrderAccepted(T0, Id, new ExchangeOrderId("x1")));
        tracker.MarkCancelRequested(Id);
        tracker.Apply(new CancelOutcomeUnknown(T0, Id));
        Assert.Equal(CancelState.Unknown, order.Cancel);
        tracker.Apply(new OrderStatusReported(T0, Id, OrderStatus.New));
        Assert.Equal(CancelState.None, order.Cancel);
        Assert.True(order.IsLive);
    }

    [Fact]
    public void Apply_EventForUnknownOrder_ReportsAnomaly()
    {
        var tracker = new OrderTracker();
        var change = tracker.Apply(new OrderCanceled(T0, Id));
        Assert.Null(change.Order);
        Assert.NotNull(change.Anomaly);
    }

    [Theory]
    [InlineData(OrderState.Filled, OrderTrigger.Accept, OrderState.Filled)]
    [InlineData(OrderState.Rejected, OrderTrigger.Fill, null)]
    [InlineData(OrderState.New, OrderTrigger.Reject, null)]
    [InlineData(OrderState.PendingSubmit, OrderTrigger.Fill, OrderState.Filled)]
    [InlineData(OrderState.NotPlaced, OrderTrigger.Accept, OrderState.New)]
    [InlineData(OrderState.New, OrderTrigger.NotFound, OrderState.Canceled)]
    public void Next_Table_MatchesDesign(OrderState from, OrderTrigger trigger, OrderState? expected) =>
        Assert.Equal(expected, OrderStateMachine.Next(from, trigger));

    [Fact]
    public void Next_EveryPair_FinalStatesNeverBecomeLive()
    {
        foreach (var from in Enum.GetValues<OrderState>())
        foreach (var trigger in Enum.GetValues<OrderTrigger>())
        {
            var next = OrderStateMachine.Next(from, trigger);
            if (!from.IsLive() && from != OrderState.NotPlaced && next is { } n) Assert.False(n.IsLive(), $"{from} --{trigger}--> {n}");
        }
    }
}
