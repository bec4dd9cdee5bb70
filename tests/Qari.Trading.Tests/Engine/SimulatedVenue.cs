using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Reconciliation;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// A small, strict spot venue for property tests: it holds the truth (orders, coins), refuses sells beyond the free
/// coins (a resting stop locks them), duplicates of a live client id, and answers with random but consistent
/// outcomes — accepted, rejected, or unknown (in which case the order may or may not exist).
/// </summary>
internal sealed class SimulatedVenue(Random rng)
{
    private sealed class VenueOrder(OrderSpec spec)
    {
        public OrderSpec Spec { get; } = spec;
        public OrderStatus Status { get; set; } = OrderStatus.New;
        public decimal Filled { get; set; }
        public decimal Notional { get; set; }
        public bool Live => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
    }

    private readonly Dictionary<ClientOrderId, VenueOrder> _orders = new();
    private readonly Dictionary<Symbol, decimal> _coins = new();
    private readonly List<VenueFill> _fills = [];
    private int _fillSeq;

    public Dictionary<Symbol, decimal> Prices { get; } = new();
    public List<EngineEvent> Outbox { get; } = [];
    public List<string> Violations { get; } = [];
    public DateTimeOffset Now { get; set; }

    public decimal Coins(Symbol s) => _coins.GetValueOrDefault(s);

    private decimal Locked(Symbol s) => _orders.Values.Where(o => o.Live && o.Spec.Symbol == s && o.Spec.Side == OrderSide.Sell).Sum(o => o.Spec.Quantity - o.Filled);

    public void Execute(EngineCommand command)
    {
        switch (command)
        {
            case PlaceOrder p: Place(p.Spec); break;
            case CancelOrder c: Cancel(c.Id); break;
            case QueryOrder q: Outbox.Add(Report(q.Id)); break;
        }
    }

    private void Place(OrderSpec spec)
    {
        if (_orders.TryGetValue(spec.Id, out var existing) && existing.Live)
        {
            Violations.Add($"duplicate live client id {spec.Id}");
            Outbox.Add(new OrderRejected(Now, spec.Id, ErrorKind.DuplicateClientOrderId, "duplicate"));
            return;
        }
        var roll = rng.NextDouble();
        var unknown = roll < 0.12;
        var exists = !unknown || rng.NextDouble() < 0.5;
        if (roll is >= 0.12 and < 0.18) exists = false; // an outright rejection
        if (exists && spec.Side == OrderSide.Sell && spec.Quantity > Coins(spec.Symbol) - Locked(spec.Symbol))
        {
            if (spec.Quantity > Coins(spec.Symbol)) Violations.Add($"{spec.Id} sells {spec.Quantity} but only {Coins(spec.Symbol)} are held");
            Outbox.Add(new OrderRejected(Now, spec.Id, ErrorKind.InsufficientBalance, "coins locked"));
            return;
        }
        if (!exists)
        {
            Outbox.Add(unknown ? new OrderOutcomeUnknown(Now, spec.Id) : new OrderRejected(Now, spec.Id, ErrorKind.Rejected, "random rejection"));
            return;
        }
        var order = new VenueOrder(spec);
        _orders[spec.Id] = order;
        Outbox.Add(unknown ? new OrderOutcomeUnknown(Now, spec.Id) : new OrderAccepted(Now, spec.Id, new ExchangeOrderId("v" + spec.Id.Value)));
        Match(order);
    }

    private void Cancel(ClientOrderId id)
    {
        if (!_orders.TryGetValue(id, out var order) || !order.Live)
        {
            Outbox.Add(new CancelRejected(Now, id, ErrorKind.UnknownOrder, "not open"));
            return;
        }
        if (rng.NextDouble() < 0.12)
        {
            if (rng.NextDouble() < 0.5) order.Status = OrderStatus.Canceled;
            Outbox.Add(new CancelOutcomeUnknown(Now, id));
            return;
        }
        order.Status = OrderStatus.Canceled;
        Outbox.Add(new OrderCanceled(Now, id));
    }

    private OrderStatusReported Report(ClientOrderId id) =>
        _orders.TryGetValue(id, out var o)
            ? new OrderStatusReported(Now, id, o.Status, o.Filled, o.Filled > 0 ? o.Notional / o.Filled : 0m)
            : new OrderStatusReported(Now, id, null);

    /// <summary>The venue's truth as reconciliation sees it: open orders, the last fills, balances.</summary>
    public ExchangeTruth Truth() => new(
        Now,
        _orders.Values.Where(o => o.Live).Select(o => new Qari.Trading.Reconciliation.VenueOrder(o.Spec.Id.Value, o.Spec.Symbol, o.Spec.Side, o.Spec.Type, o.Spec.Quantity, o.Filled, new ExchangeOrderId("v" + o.Spec.Id.Value))).ToList(),
        _fills.TakeLast(50).ToList(),
        _coins.ToDictionary(c => c.Key.Base, c => c.Value));

    public void SetPrice(Symbol symbol, decimal price)
    {
        Prices[symbol] = price;
        foreach (var o in _orders.Values.Where(o => o.Live && o.Spec.Symbol == symbol).ToList()) Match(o);
    }

    private void Match(VenueOrder o)
    {
        if (!Prices.TryGetValue(o.Spec.Symbol, out var price)) return;
        var spec = o.Spec;
        var remaining = spec.Quantity - o.Filled;
        switch (spec.Type)
        {
            case OrderType.Market:
                Fill(o, remaining, price);
                break;
            case OrderType.Limit when spec.Side == OrderSide.Buy && price <= spec.LimitPrice:
                // Sometimes only part of the resting order trades.
                var part = rng.NextDouble() < 0.4 ? Math.Max(0.001m, Math.Round(remaining * 0.5m, 3)) : remaining;
                Fill(o, Math.Min(part, remaining), spec.LimitPrice!.Value);
                break;
            case OrderType.StopMarket when price <= spec.StopPrice:
                Fill(o, remaining, Math.Min(price, spec.StopPrice!.Value));
                break;
        }
    }

    private void Fill(VenueOrder o, decimal qty, decimal price)
    {
        if (qty <= 0) return;
        o.Filled += qty;
        o.Notional += qty * price;
        o.Status = o.Filled >= o.Spec.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        var sign = o.Spec.Side == OrderSide.Buy ? 1 : -1;
        _coins[o.Spec.Symbol] = Coins(o.Spec.Symbol) + sign * qty;
        if (Coins(o.Spec.Symbol) < 0) Violations.Add($"{o.Spec.Id} sold more coins than held");
        var fillId = "t" + (++_fillSeq);
        _fills.Add(new VenueFill(o.Spec.Id.Value, o.Spec.Symbol, o.Spec.Side, fillId, qty, price, Now));
        Outbox.Add(new OrderFilled(Now, o.Spec.Id, fillId, qty, price));
    }
}
