using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Trading.Reconciliation;

/// <summary>
/// Brings an engine in line with the venue's truth (at start-up and periodically): adopts fills that happened while
/// away, resolves orders whose outcome is unknown, re-places a missing stop before anything else, cancels orphaned
/// Qari orders (entries and leftover stops of closed trades), and flags — never touches — orders and coins Qari cannot explain (coins are compared after the
/// corrections are applied, by the engine). The corrections are computed
/// here (pure) as one <see cref="ReconciliationApplied"/> event, which the host journals and feeds to the engine.
/// </summary>
public static class Reconciler
{
    /// <summary>The corrections for <paramref name="engine"/> given <paramref name="truth"/>.</summary>
    public static ReconciliationApplied Plan(TradingEngine engine, ExchangeTruth truth)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(truth);
        var orders = engine.Orders;
        var events = new List<OrderEvent>();
        var queries = new List<ClientOrderId>();
        var cancels = new List<(ClientOrderId, Symbol)>();
        var findings = new List<(string, string)>();

        // 1. Fills while away, as fill events (de-duplication by trade id makes this idempotent).
        var filledByFills = new Dictionary<ClientOrderId, decimal>();
        foreach (var fill in truth.RecentFills.OrderBy(f => f.At).ThenBy(f => f.FillId, StringComparer.Ordinal))
        {
            if (Tracked(orders, fill.ClientId) is { } order)
            {
                events.Add(new OrderFilled(truth.At, order.Id, fill.FillId, fill.Quantity, fill.Price, fill.FeeQuote, fill.FeeBase));
                filledByFills[order.Id] = filledByFills.GetValueOrDefault(order.Id) + fill.Quantity;
            }
            else if (ClientOrderId.TryParse(fill.ClientId, out _, out var trade, out _, out _) && engine.AllTrades.TryGetValue(trade, out var closed) && closed.Phase == TradePhase.Closed)
            {
                // A fill of a trade that is already closed (its orders were forgotten): accounted for when it happened.
            }
            else
            {
                findings.Add(($"fill {fill.FillId}", $"a {fill.Side} fill of {T(fill.Quantity)} {fill.Symbol} at {T(fill.Price)} (client id '{fill.ClientId}') was not placed by this engine"));
            }
        }

        // 2. Orders we think may be live: the venue's open list decides.
        var open = new Dictionary<string, VenueOrder>(StringComparer.Ordinal);
        foreach (var o in truth.OpenOrders) open[o.ClientId] = o;
        foreach (var order in orders.Orders.Where(o => o.IsLive).OrderBy(o => o.Id.Value, StringComparer.Ordinal))
        {
            if (open.TryGetValue(order.Id.Value, out var listed))
            {
                if (order.State.IsUnresolved() || order.Cancel != CancelState.None) events.Add(Listed(truth.At, order.Id, listed));
                continue;
            }
            var fills = filledByFills.GetValueOrDefault(order.Id);
            if (fills >= order.Spec.Quantity) continue; // the fills complete it
            var held = engine.AllTrades.TryGetValue(order.Spec.Trade, out var t) ? t.Position.Quantity : 0m;
            var balance = truth.Balances.GetValueOrDefault(order.Spec.Symbol.Base);
            if (order.Spec.Leg == OrderLeg.Stop && fills == 0 && balance >= held)
                // The coins are all still there and nothing filled: the stop is gone and must be re-placed now.
                events.Add(new OrderStatusReported(truth.At, order.Id, order.State.IsUnresolved() ? null : OrderStatus.Canceled, order.Filled));
            else
                queries.Add(order.Id);
        }

        // 3. Open orders the engine does not consider live: adopt ours it lost, cancel orphaned entries, flag the rest.
        foreach (var listed in truth.OpenOrders)
        {
            var ours = ClientOrderId.TryParse(listed.ClientId, out var id, out _, out var leg, out _);
            var order = ours ? orders.Find(id) : null;
            if (order is { IsLive: true }) continue;
            if (order is { State: OrderState.NotPlaced })
                events.Add(Listed(truth.At, order.Id, listed)); // told it never arrived, yet it rests: adopt it
            else if (ours)
                // Ours but not live for the engine (its trade closed, or we were told it ended): a leftover entry
                // would buy unasked and a leftover stop would lock or sell another trade's coins, so it is cancelled.
                cancels.Add((id, listed.Symbol));
            else
                findings.Add(($"order {listed.ClientId}", $"an open {listed.Side} {listed.Type} order for {T(listed.Quantity)} {listed.Symbol} that this engine does not manage; left untouched"));
        }

        return new ReconciliationApplied(truth.At, events, queries, cancels, findings, truth.Balances);
    }

    /// <summary>Plans and applies in one go (the host must journal the returned event before relying on replay).</summary>
    public static (ReconciliationApplied Applied, EngineStep Step) Reconcile(TradingEngine engine, ExchangeTruth truth)
    {
        var applied = Plan(engine, truth);
        return (applied, engine.Handle(applied));
    }

    private static OrderStatusReported Listed(DateTimeOffset at, ClientOrderId id, VenueOrder listed) =>
        new(at, id, listed.Filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New, listed.Filled, 0m, listed.ExchangeOrder);

    private static TrackedOrder? Tracked(OrderTracker orders, string clientId) =>
        ClientOrderId.TryParse(clientId, out var id, out _, out _, out _) ? orders.Find(id) : null;

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
