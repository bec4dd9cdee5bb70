using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Commands;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Trading.Reconciliation;

/// <summary>
/// Brings an engine in line with the venue's truth (at start-up and periodically): adopts fills that happened while
/// away, resolves orders whose outcome is unknown, re-places a missing stop before anything else, cancels orphaned
/// entry orders, and flags — never touches — orders and coins Qari cannot explain.
/// </summary>
public static class Reconciler
{
    /// <summary>Reconciles <paramref name="engine"/> with <paramref name="truth"/>; returns the corrective commands and journal entries.</summary>
    public static EngineStep Reconcile(TradingEngine engine, ExchangeTruth truth)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(truth);
        var core = engine.Core;
        if (truth.At > core.Now) core.Now = truth.At;

        // 1. Fills while away: fed as fill events; de-duplication by trade id makes this idempotent.
        foreach (var fill in truth.RecentFills.OrderBy(f => f.At).ThenBy(f => f.FillId, StringComparer.Ordinal))
        {
            if (Tracked(core.Orders, fill.ClientId) is { } order)
                engine.Dispatch(new OrderFilled(truth.At, order.Id, fill.FillId, fill.Quantity, fill.Price, fill.FeeQuote, fill.FeeBase));
            else
                FlagOnce(core, $"fill {fill.FillId}", $"a {fill.Side} fill of {T(fill.Quantity)} {fill.Symbol} at {T(fill.Price)} (client id '{fill.ClientId}') was not placed by this engine");
        }

        // 2. Orders we think may be live: the venue's open list decides.
        var open = new Dictionary<string, VenueOrder>(StringComparer.Ordinal);
        foreach (var o in truth.OpenOrders) open[o.ClientId] = o;
        foreach (var order in core.Orders.Orders.Where(o => o.IsLive).ToList())
        {
            if (open.TryGetValue(order.Id.Value, out var listed))
            {
                if (order.State.IsUnresolved() || order.Cancel != CancelState.None)
                    engine.Dispatch(new OrderStatusReported(truth.At, order.Id, listed.Filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New, listed.Filled, 0m, listed.ExchangeOrder));
                continue;
            }
            if (!order.IsLive) continue; // the fills above completed it
            var held = core.ById.TryGetValue(order.Spec.Trade, out var t) ? t.Position.Quantity : 0m;
            var balance = truth.Balances.GetValueOrDefault(order.Spec.Symbol.Base);
            if (order.Spec.Leg == OrderLeg.Stop && balance >= held)
                // The coins are all still there, so the stop did not fill: it is gone and must be re-placed now.
                engine.Dispatch(new OrderStatusReported(truth.At, order.Id, order.State.IsUnresolved() ? null : OrderStatus.Canceled, order.Filled));
            else
                core.Query(order);
        }

        // 3. Open orders the engine does not consider live: cancel our orphaned entries, flag everything else.
        foreach (var listed in truth.OpenOrders)
        {
            var ours = ClientOrderId.TryParse(listed.ClientId, out var id, out _, out var leg, out _);
            var order = ours ? core.Orders.Find(id) : null;
            if (order is { IsLive: true }) continue;
            if (order is { State: OrderState.NotPlaced })
            {
                // We were told it never arrived, yet it rests: adopt it (a duplicate stop is then cancelled by protection).
                engine.Dispatch(new OrderStatusReported(truth.At, order.Id, listed.Filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New, listed.Filled, 0m, listed.ExchangeOrder));
                continue;
            }
            if (ours && leg is OrderLeg.Entry1 or OrderLeg.Entry2 && listed.Side == OrderSide.Buy)
            {
                core.Emit(new CancelOrder(id, listed.Symbol));
                core.Record(new Journal.CancelSubmitted(core.Now, id, "reconciliation: orphaned entry order"));
            }
            else
            {
                FlagOnce(core, $"order {listed.ClientId}", $"an open {listed.Side} {listed.Type} order for {T(listed.Quantity)} {listed.Symbol} that this engine does not manage; left untouched");
            }
        }

        // 4. Coins: more than our positions hold is someone else's; less means coins left outside Qari.
        var heldByAsset = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var t in core.Active.Values) heldByAsset[t.Symbol.Base] = heldByAsset.GetValueOrDefault(t.Symbol.Base) + t.Position.Quantity;
        var quotes = core.Active.Values.Select(t => t.Symbol.Quote).Concat(["USDT", "USD", "USDC"]).ToHashSet(StringComparer.Ordinal);
        foreach (var (asset, total) in truth.Balances)
        {
            if (quotes.Contains(asset) || total <= 0) continue;
            var ours = heldByAsset.GetValueOrDefault(asset);
            if (total > ours) FlagOnce(core, $"balance {asset}", $"{T(total - ours)} {asset} held on the exchange that Qari did not buy; left untouched");
        }
        foreach (var (asset, ours) in heldByAsset)
            if (truth.Balances.GetValueOrDefault(asset) < ours)
                FlagOnce(core, $"shortfall {asset}", $"the exchange holds {T(truth.Balances.GetValueOrDefault(asset))} {asset} but open positions need {T(ours)}");

        return engine.Finish();
    }

    private static TrackedOrder? Tracked(OrderTracker orders, string clientId) =>
        ClientOrderId.TryParse(clientId, out var id, out _, out _, out _) ? orders.Find(id) : null;

    private static void FlagOnce(EngineCore core, string subject, string message)
    {
        if (core.Flagged.Add(subject)) core.Flag(subject, message);
    }

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
