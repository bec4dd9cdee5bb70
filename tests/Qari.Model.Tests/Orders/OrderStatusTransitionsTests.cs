using Qari.Model.Orders;

namespace Qari.Model.Tests.Orders;

public class OrderStatusTransitionsTests
{
    [Fact]
    public void FinalStatuses_NeverLeave()
    {
        foreach (var from in Enum.GetValues<OrderStatus>().Where(s => s.IsFinal()))
            foreach (var to in Enum.GetValues<OrderStatus>().Where(s => s != from))
                Assert.False(OrderStatusTransitions.CanTransition(from, to), $"{from}->{to}");
    }

    [Fact]
    public void PartiallyFilled_CannotGoBackToNewOrBeRejected()
    {
        Assert.False(OrderStatusTransitions.CanTransition(OrderStatus.PartiallyFilled, OrderStatus.New));
        Assert.False(OrderStatusTransitions.CanTransition(OrderStatus.PartiallyFilled, OrderStatus.Rejected));
        Assert.True(OrderStatusTransitions.CanTransition(OrderStatus.PartiallyFilled, OrderStatus.Filled));
        Assert.True(OrderStatusTransitions.CanTransition(OrderStatus.New, OrderStatus.Rejected));
    }
}
