using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Trading.Engine;

/// <summary>Entries: the gate on each candidate, leg 1 in the zone, leg 2 on a change of character, expiries.</summary>
internal sealed class EntryDesk(EngineCore core)
{
    public void OnCandidates(CycleCandidates e)
    {
        core.Health = e.Health;
        core.Equity = e.Equity;
        core.FreeQuote = e.FreeQuote;
        // Only opening a trade changes what is reserved, so it is summed once and again after each opening; nothing
        // here changes the kill switch.
        var reserved = Reserved();
        var kill = core.KillStatus();
        foreach (var candidate in e.Candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Symbol.ToString(), StringComparer.Ordinal))
        {
            if (!e.Markets.TryGetValue(candidate.Symbol, out var market))
            {
                core.Record(new Flagged(core.Now, candidate.Symbol.ToString(), "no instrument or quote for the candidate; not evaluated"));
                continue;
            }
            var input = new GateInput(
                core.Now, candidate, market, core.Profile, core.Health, core.Settings, core.Caps, core.Equity, core.FreeQuote,
                reserved, core.Active.Count, core.Active.Keys, e.PlatformBlacklist, core.Cooldowns, kill, e.Correlations);
            var decision = (core.ReplayGate ?? core.Gate).Evaluate(input, core.Profile.Account);
            core.Record(new GateEvaluated(core.Now, candidate, decision));
            if (!decision.Approved) continue;
            Open(candidate, market, decision);
            reserved = Reserved();
        }
    }

    /// <summary>Quote promised but not yet locked on the venue: leg 2 reservations and unanswered entry orders.</summary>
    public decimal Reserved()
    {
        var reserved = 0m;
        foreach (var t in core.Active.Values)
        {
            reserved += t.Leg2Reserve;
            // Only the trade's buy orders, in submission order (the same terms in the same order as filtering all its
            // orders by side, see ReservedByAllOrders): this runs on every cycle with candidates, and a long-held trade
            // has many stop orders. An indexed loop rather than OrdersOf (an iterator per trade).
            var ids = t.BuyOrders;
            for (var i = 0; i < ids.Count; i++)
                if (core.Orders.Find(ids[i]) is { } o && o.Spec.Side == OrderSide.Buy && o.State.IsUnresolved())
                    reserved += o.Spec.Quantity * (o.Spec.LimitPrice ?? 0m) * (1 + core.Settings.FeeReserve);
        }
        return reserved;
    }

    /// <summary>The reserved quote from every order of every trade (the reference for <see cref="Reserved"/>).</summary>
    internal decimal ReservedByAllOrders()
    {
        var reserved = 0m;
        foreach (var t in core.Active.Values)
        {
            reserved += t.Leg2Reserve;
            foreach (var o in core.OrdersOf(t))
                if (o.Spec.Side == OrderSide.Buy && o.State.IsUnresolved())
                    reserved += o.Spec.Quantity * (o.Spec.LimitPrice ?? 0m) * (1 + core.Settings.FeeReserve);
        }
        return reserved;
    }

    private void Open(TradeCandidate candidate, SymbolMarket market, RiskDecision decision)
    {
        var id = new TradeId(core.NextTradeId++);
        var plan = decision.Sizing;
        var trade = new Trade(id, candidate, plan, market.Instrument.Rules, core.Now, core.Settings.Leg1Expiry) { LockHeld = decision.LockAcquired };
        core.Active[candidate.Symbol] = trade;
        core.ById[id] = trade;
        core.Record(new TradeOpened(core.Now, id, candidate, plan));
        var spec = new OrderSpec(trade.NextId(OrderLeg.Entry1), id, OrderLeg.Entry1, candidate.Symbol, OrderSide.Buy, OrderType.Limit,
            plan.Leg1Quantity, plan.EntryPrice, null);
        trade.Leg1Order = spec.Id;
        core.Place(trade, spec, "leg 1: limit in the entry zone");
    }

    public void OnChangeOfCharacter(ChangeOfCharacter e)
    {
        if (!core.Active.TryGetValue(e.Symbol, out var t) || t.Phase != TradePhase.AwaitingLeg2) return;
        if (t.Leg2Deadline is { } deadline && core.Now >= deadline) return;
        if (core.KillStatus().Tripped || !core.Profile.AutoTrading || !core.Health.EngineRunning)
        {
            core.Record(new Flagged(core.Now, t.Symbol.ToString(), "change of character ignored: new entries are halted"));
            return;
        }
        var price = t.Rules.FloorPrice(e.Price);
        // Adding below stop/0.9 would pull the average down until the resting stop sat tighter than 10% below it.
        var lowest = t.Rules.CeilPrice(t.Position.StopPrice / (1 - StopBand.MinDistance));
        if (price < lowest)
        {
            core.Record(new Flagged(core.Now, t.Symbol.ToString(),
                $"leg 2 not placed at {Text(price)}: below {Text(lowest)} the stop would be tighter than 10%; still waiting"));
            return;
        }
        var fee = 1 + core.Settings.FeeReserve;
        var qty = t.Rules.FloorQuantity(Math.Min(t.Plan.Leg2Quantity, t.Plan.Leg2Reserve / (price * fee)));
        var problem = qty > 0 ? t.Rules.Violation(qty, price) : "quantity rounds to zero";
        if (problem is null && qty * price < core.Settings.MinOrderQuote) problem = "below Qari's floor";
        if (problem is not null)
        {
            core.SetPhase(t, TradePhase.Holding, $"leg 2 dropped: {problem}");
            return;
        }
        var spec = new OrderSpec(t.NextId(OrderLeg.Entry2), t.Id, OrderLeg.Entry2, t.Symbol, OrderSide.Buy, OrderType.Limit, qty, price, null);
        t.Leg2Order = spec.Id;
        core.SetPhase(t, TradePhase.Leg2Working, $"15m change of character at {Text(e.Price)}");
        core.Place(t, spec, "leg 2: after a 15-minute change of character");
    }

    /// <summary>Leg 1 or leg 2 reached a final state.</summary>
    public void OnEntryFinal(Trade t, TrackedOrder order)
    {
        if (order.Spec.Leg == OrderLeg.Entry1 && t.Phase == TradePhase.Entering)
        {
            var bought = t.Position.Bought > 0;
            var halted = core.KillStatus().Tripped || t.Step != ExitStep.None || t.Pt1Done;
            if (bought && t.Plan.Leg2Quantity > 0 && !halted)
            {
                t.Leg2Deadline = core.Now + core.Settings.Leg2Expiry;
                core.SetPhase(t, TradePhase.AwaitingLeg2, $"leg 1 {order.State}; leg 2 waits for a 15m change of character until {t.Leg2Deadline.Value.ToString("u", CultureInfo.InvariantCulture)}");
            }
            else
            {
                core.SetPhase(t, TradePhase.Holding, bought ? $"leg 1 {order.State}; single leg" : $"leg 1 {order.State} with nothing bought");
            }
            if (bought && order.Filled < order.Spec.Quantity)
                core.Record(new Flagged(core.Now, t.Symbol.ToString(), $"leg 1 ended {order.State} after {Text(order.Filled)} of {Text(order.Spec.Quantity)}"));
        }
        else if (order.Spec.Leg == OrderLeg.Entry2 && t.Phase == TradePhase.Leg2Working)
        {
            core.SetPhase(t, TradePhase.Holding, $"leg 2 {order.State} after {Text(order.Filled)} of {Text(order.Spec.Quantity)}");
        }
    }

    public void OnTimer()
    {
        foreach (var t in core.Active.Values)
        {
            if (t.Phase == TradePhase.Entering && core.Now >= t.Leg1Deadline && core.Orders.Find(t.Leg1Order) is { } leg1)
                core.Cancel(leg1, "leg 1 expired");
            if (t.Leg2Deadline is { } deadline && core.Now >= deadline)
            {
                if (t.Phase == TradePhase.AwaitingLeg2) core.SetPhase(t, TradePhase.Holding, "leg 2 expired without a change of character; reservation released");
                else if (t.Phase == TradePhase.Leg2Working && t.Leg2Order is { } id && core.Orders.Find(id) is { } leg2) core.Cancel(leg2, "leg 2 expired");
            }
        }
    }

    /// <summary>Cancels working entries and disarms leg 2 (kill switch, take-profit, stop-loss).</summary>
    public void CancelPending(Trade t, string why)
    {
        t.EntriesHalted = true;
        switch (t.Phase)
        {
            case TradePhase.Entering when core.Orders.Find(t.Leg1Order) is { } leg1:
                core.Cancel(leg1, why);
                break;
            case TradePhase.AwaitingLeg2:
                core.SetPhase(t, TradePhase.Holding, $"leg 2 disarmed: {why}");
                break;
            case TradePhase.Leg2Working when t.Leg2Order is { } id && core.Orders.Find(id) is { } leg2:
                core.Cancel(leg2, why);
                break;
        }
    }

    public void NotifyFirstFill(Trade t)
    {
        if (t.EntryNotified) return;
        t.EntryNotified = true;
        core.Notify(NotificationKind.Entry, $"Entered {t.Symbol} (trade {t.Id}): {t.Candidate.Explanation}");
    }

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
