using Qari.Trading.Events;
using Qari.Model.Ids;

namespace Qari.Trading.Execution;

/// <summary>
/// Every order of one account keyed by its deterministic client order id. Applies venue events through the single
/// transition function, de-duplicates fills by exchange trade id, and reports each newly filled quantity once.
/// </summary>
public sealed class OrderTracker
{
    private readonly Dictionary<ClientOrderId, TrackedOrder> _orders = new();
    private readonly HashSet<(ClientOrderId, string)> _fills = new();

    /// <summary>All orders ever submitted, in no particular order.</summary>
    public IEnumerable<TrackedOrder> Orders => _orders.Values;

    /// <summary>The order with this id, or null.</summary>
    public TrackedOrder? Find(ClientOrderId id) => _orders.GetValueOrDefault(id);

    /// <summary>True when an order with this id was ever submitted.</summary>
    public bool Contains(ClientOrderId id) => _orders.ContainsKey(id);

    /// <summary>Records a place command (state <see cref="OrderState.PendingSubmit"/>). An id is never reused: that is a bug.</summary>
    public TrackedOrder Submit(OrderSpec spec, DateTimeOffset at)
    {
        if (_orders.ContainsKey(spec.Id))
            throw new InvalidOperationException($"Client order id {spec.Id} was already used; ids are never reused.");
        if (spec.Quantity <= 0) throw new ArgumentOutOfRangeException(nameof(spec), "An order quantity must be positive.");
        var order = new TrackedOrder(spec, at);
        _orders.Add(spec.Id, order);
        return order;
    }

    /// <summary>
    /// Drops a final order (its trade is closed) so a long-running engine does not grow; its id is never produced
    /// again because trade ids only increase. Live orders are kept.
    /// </summary>
    public bool Forget(ClientOrderId id)
    {
        if (!_orders.TryGetValue(id, out var order) || order.IsLive) return false;
        _orders.Remove(id);
        _fills.RemoveWhere(f => f.Item1 == id);
        return true;
    }

    /// <summary>Marks a cancel as sent for a live order.</summary>
    public void MarkCancelRequested(ClientOrderId id)
    {
        if (_orders.TryGetValue(id, out var order) && order.IsLive) order.Cancel = CancelState.Requested;
    }

    /// <summary>Applies one venue event to its order.</summary>
    public OrderChange Apply(OrderEvent e)
    {
        if (!_orders.TryGetValue(e.Order, out var order))
            return new OrderChange(null, default, default, 0, 0, 0, 0, $"event for unknown order {e.Order}");
        var before = order.State;
        return e switch
        {
            OrderAccepted a => Transition(order, OrderTrigger.Accept, () => order.ExchangeOrder = a.ExchangeOrder),
            OrderRejected r => Transition(order, OrderTrigger.Reject, () => order.Reason = $"{r.Kind}: {r.Reason}"),
            OrderOutcomeUnknown => Transition(order, OrderTrigger.Unknown, null),
            OrderCanceled => Transition(order, OrderTrigger.Cancel, () => order.Cancel = CancelState.None),
            OrderExpired => Transition(order, OrderTrigger.Expire, () => order.Cancel = CancelState.None),
            OrderFilled f => ApplyFill(order, f),
            // A refused cancel usually means the order is already final: it is queried, and the answer decides.
            CancelRejected => Unchanged(order, () => order.Cancel = order.IsLive ? CancelState.Unknown : CancelState.None),
            CancelOutcomeUnknown => Unchanged(order, () => order.Cancel = order.IsLive ? CancelState.Unknown : CancelState.None),
            OrderStatusReported s => ApplyReport(order, s),
            _ => new OrderChange(order, before, before, 0, 0, 0, 0, $"unhandled event {e.GetType().Name}"),
        };
    }

    private static OrderChange Unchanged(TrackedOrder order, Action effect)
    {
        effect();
        return new OrderChange(order, order.State, order.State, 0, 0, 0, 0, null);
    }

    private static OrderChange Transition(TrackedOrder order, OrderTrigger trigger, Action? effect)
    {
        var before = order.State;
        var next = OrderStateMachine.Next(before, trigger);
        if (next is null)
            return new OrderChange(order, before, before, 0, 0, 0, 0, $"{trigger} is not possible from {before}; ignored");
        order.State = next.Value;
        effect?.Invoke();
        if (!order.IsLive) order.Cancel = CancelState.None;
        return new OrderChange(order, before, order.State, 0, 0, 0, 0, null);
    }

    private OrderChange ApplyFill(TrackedOrder order, OrderFilled f)
    {
        var before = order.State;
        if (f.Quantity <= 0 || f.Price <= 0)
            return new OrderChange(order, before, before, 0, 0, 0, 0, $"fill {f.FillId} has no positive quantity and price; ignored");
        if (!_fills.Add((order.Id, f.FillId)))
            return new OrderChange(order, before, before, 0, 0, 0, 0, null);
        order.FilledByFills += f.Quantity;
        // A status report may already have counted this quantity: only what goes beyond it is new.
        var delta = Math.Max(0m, order.FilledByFills - order.Filled);
        var anomaly = order.FilledByFills > order.Spec.Quantity ? $"fills total {order.FilledByFills}, more than the order's {order.Spec.Quantity}" : null;
        return Filled(order, before, delta, f.Price, delta > 0 ? f.FeeQuote : 0, delta > 0 ? f.FeeBase : 0, anomaly);
    }

    private static OrderChange ApplyReport(TrackedOrder order, OrderStatusReported s)
    {
        var before = order.State;
        if (s.ExchangeOrder is { } xid) order.ExchangeOrder = xid;
        var delta = Math.Max(0m, s.CumulativeQuantity - order.Filled);
        var price = delta > 0 && s.AveragePrice > 0
            ? Math.Max(0m, (s.CumulativeQuantity * s.AveragePrice - order.FilledNotional) / delta)
            : 0m;
        if (delta > 0 && price <= 0) price = s.AveragePrice;
        if (delta > 0)
        {
            order.Filled += delta;
            order.FilledNotional += delta * price;
        }
        var trigger = s.Status switch
        {
            null => OrderTrigger.NotFound,
            Qari.Model.Orders.OrderStatus.New => OrderTrigger.Accept,
            Qari.Model.Orders.OrderStatus.PartiallyFilled => OrderTrigger.PartialFill,
            Qari.Model.Orders.OrderStatus.Filled => OrderTrigger.Fill,
            Qari.Model.Orders.OrderStatus.Canceled => OrderTrigger.Cancel,
            Qari.Model.Orders.OrderStatus.Rejected => OrderTrigger.Reject,
            Qari.Model.Orders.OrderStatus.Expired => OrderTrigger.Expire,
            _ => throw new ArgumentOutOfRangeException(nameof(s), s.Status, "Unknown order status."),
        };
        var next = OrderStateMachine.Next(before, trigger);
        string? anomaly = null;
        if (next is null) anomaly = $"reported {s.Status?.ToString() ?? "not found"} is not possible from {before}; state kept";
        else order.State = next.Value;
        if (!order.IsLive) order.Cancel = CancelState.None;
        else order.Cancel = CancelState.None; // still live: any cancel sent before did not take effect (re-sending is harmless)
        return new OrderChange(order, before, order.State, delta, price, 0, 0, anomaly);
    }

    private static OrderChange Filled(TrackedOrder order, OrderState before, decimal delta, decimal price, decimal feeQuote, decimal feeBase, string? anomaly)
    {
        if (delta > 0)
        {
            order.Filled += delta;
            order.FilledNotional += delta * price;
        }
        var trigger = order.Filled >= order.Spec.Quantity ? OrderTrigger.Fill : OrderTrigger.PartialFill;
        var next = OrderStateMachine.Next(before, trigger);
        if (next is { } n) order.State = n;
        if (!order.IsLive) order.Cancel = CancelState.None;
        return new OrderChange(order, before, order.State, delta, price, feeQuote, feeBase, anomaly);
    }
}
