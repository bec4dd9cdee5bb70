using System.Globalization;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Execution;
using Qari.Trading.Journal;
using Qari.Trading.Portfolio;

namespace Qari.Trading.Engine;

/// <summary>
/// Protection and exits. After every event <see cref="Drive"/> advances the cancel-stop → sell → re-place-stop
/// procedure and then makes the resting stop match the position (level-triggered: it looks at what is, not at what
/// happened, so the same code is the recovery action after a crash or an unknown outcome).
/// </summary>
internal sealed class ExitDesk(EngineCore core, EntryDesk entries)
{
    public void OnPrice(Trade t, decimal price)
    {
        if (t.Position.Quantity <= 0 || t.Step != ExitStep.None || SellBackingOff(t)) return;
        if (!t.Pt1Done && price >= t.Candidate.Target1) Start(t, ExitPurpose.TakeProfit1, $"price {Text(price)} reached PT1 {Text(t.Candidate.Target1)}");
        else if (t.Pt1Done && !t.Pt2Done && price >= t.Candidate.Target2) Start(t, ExitPurpose.TakeProfit2, $"price {Text(price)} reached PT2 {Text(t.Candidate.Target2)}");
    }

    public void OnHigherLow(Trade t, decimal low)
    {
        if (!t.Pt2Done || t.Position.Quantity <= 0) return;
        var target = t.Rules.FloorPrice(low) - t.Rules.TickSize;
        if (core.LastPrice.TryGetValue(t.Symbol, out var last) && target >= last) return;
        RaiseStop(t, target, $"trailing: one tick under the higher low {Text(low)}");
    }

    public void CloseAll(Trade t)
    {
        if (t.Position.Quantity <= 0) return;
        if (t.Step == ExitStep.None) Start(t, ExitPurpose.Close, "close at market requested");
        else if (t.Step == ExitStep.CancelingStop) t.Purpose = ExitPurpose.Close;
        else t.CloseRequested = true;
    }

    public void RaiseStop(Trade t, decimal price, string reason)
    {
        var change = t.Position.Apply(new StopRaiseRequested(core.Now, price, reason));
        if (change.StopMoved) core.Record(new StopMoved(core.Now, t.Id, change.StopBefore, change.StopAfter, reason));
    }

    private void Start(Trade t, ExitPurpose purpose, string note)
    {
        entries.CancelPending(t, $"{purpose} started");
        t.Purpose = purpose;
        t.SellOrder = null;
        core.SetStep(t, ExitStep.CancelingStop, note);
    }

    public void Drive(Trade t)
    {
        t.ReadsPrice = false;
        if (t.Phase == TradePhase.Closed) return;
        if (t.SellRetryAt is { } retry && core.Now >= retry) t.SellRetryAt = null;
        HaltEntries(t);
        Resume(t);
        Advance(t);
        Protect(t);
    }

    private void HaltEntries(Trade t)
    {
        if (!t.EntriesHalted) return;
        foreach (var o in core.OrdersOf(t))
            if (o.Spec.Side == OrderSide.Buy && o.IsLive) core.Cancel(o, "entries halted");
    }

    private void Advance(Trade t)
    {
        if (t.Step == ExitStep.CancelingStop)
        {
            if (t.Position.Quantity <= 0)
            {
                End(t, "nothing left to sell");
                return;
            }
            var stops = core.LiveStops(t);
            if (stops.Any(s => s.State.IsUnresolved() || s.Cancel != CancelState.None)) return; // answers pending
            if (stops.Count > 0)
            {
                foreach (var s in stops) core.Cancel(s, $"{t.Purpose}: free the coins the stop locks");
                return;
            }
            var qty = SellQuantity(t);
            if (qty <= 0)
            {
                core.Flag(t.Symbol.ToString(), $"{t.Purpose} skipped: the quantity cannot be sold under the instrument's minimums");
                Done(t);
                End(t, "nothing sellable");
                return;
            }
            var leg = t.Purpose switch
            {
                ExitPurpose.TakeProfit1 => OrderLeg.TakeProfit1,
                ExitPurpose.TakeProfit2 => OrderLeg.TakeProfit2,
                _ => OrderLeg.Exit,
            };
            var spec = new OrderSpec(t.NextId(leg), t.Id, leg, t.Symbol, OrderSide.Sell, OrderType.Market, qty, null, null, TimeInForce.ImmediateOrCancel);
            t.SellOrder = spec.Id;
            core.SetStep(t, ExitStep.Selling, $"stop gone; selling {Text(qty)} and re-placing the stop for the rest");
            core.Place(t, spec, $"{t.Purpose}: market sell");
            return;
        }

        if (t.Step != ExitStep.Selling || t.SellOrder is not { } sellId || core.Orders.Find(sellId) is not { } sell) return;
        if (sell.IsLive) return;
        if (sell.Filled > 0)
        {
            t.SellFailures = 0;
            t.SellRetryAt = null;
            t.SellReconciled = false;
            t.SellResent = false;
            Done(t);
            if (t.Purpose == ExitPurpose.TakeProfit1 && core.Settings.BreakEvenAfterPt1 && t.Position.Quantity > 0)
                RaiseStop(t, t.Position.AverageEntry, "break-even after PT1");
            if (t.Purpose != ExitPurpose.Close)
                core.Notify(NotificationKind.ProfitTarget, $"{t.Symbol} {t.Purpose}: sold {Text(sell.Filled)} at {Text(Math.Round(sell.AveragePrice, 8))}");
            End(t, $"sold {Text(sell.Filled)}");
        }
        else
        {
            // A sell that sold nothing (rejected, e.g. the venue holds fewer coins than the engine believes, or an
            // IOC that found no buyer) is not started again at once: the answer arrives inside the same turn, and
            // an immediate restart (a price over the target, or the stop-at-market fallback in Protect) would send
            // sell after sell. Back off like a rejected stop; a refusal for insufficient balance has asked for a
            // reconciliation (RefusalDesk), which ends the back-off and starts the exit again, re-sized (Resume).
            var resend = t.SellRefusal is { } refusal && RefusalDesk.SafeToResendAtOnce(refusal) && !t.SellResent;
            t.SellRefusal = null;
            t.SellFailures++;
            t.SellRetryAt = core.Now + core.Settings.StopRetryBackoff * (1 << Math.Min(t.SellFailures - 1, 4));
            t.SellAttempts++;
            if (t.SellAttempts >= core.Settings.MaxSellAttempts)
            {
                core.Flag(t.Symbol.ToString(), $"{t.Purpose} gave up after {t.SellAttempts} failed sells ({sell.Reason ?? sell.State.ToString()}); the stop keeps protecting");
                Done(t);
            }
            End(t, $"sell {sell.State}: {sell.Reason}");
            if (resend && !t.CloseRequested && !PurposeDone(t) && t.Position.Quantity > 0)
            {
                // Refused for its timestamp, before the venue looked at it: nothing was sold, and a resend (a new client
                // id; the adapter measures the clock again first) cannot sell twice. Once per streak, then the back-off.
                t.SellResent = true;
                t.SellRetryAt = null;
                Start(t, t.Purpose, $"{t.Purpose} sent again at once: refused for its timestamp, nothing was placed");
                Advance(t);
            }
        }
        if (t.CloseRequested && t.Position.Quantity > 0)
        {
            t.CloseRequested = false;
            Start(t, ExitPurpose.Close, "close at market requested");
            Advance(t);
        }
    }

    // The reconciliation a sell refused for insufficient balance asked for was applied: the same exit starts again now,
    // sized to what the venue holds (SellQuantity), rather than after the back-off with the quantity the venue refused.
    private void Resume(Trade t)
    {
        if (!t.SellResume) return;
        t.SellResume = false;
        if (t.Step == ExitStep.None && !PurposeDone(t) && t.Position.Quantity > 0)
            Start(t, t.Purpose, $"{t.Purpose} again after reading the exchange's balance");
    }

    /// <summary>True when the exit's target was taken or given up (a close is never done while coins are held).</summary>
    private static bool PurposeDone(Trade t) => t.Purpose switch
    {
        ExitPurpose.TakeProfit1 => t.Pt1Done,
        ExitPurpose.TakeProfit2 => t.Pt2Done,
        _ => false,
    };

    private void Done(Trade t)
    {
        t.SellAttempts = 0;
        if (t.Purpose == ExitPurpose.TakeProfit1) t.Pt1Done = true;
        else if (t.Purpose == ExitPurpose.TakeProfit2) t.Pt2Done = true;
    }

    private void End(Trade t, string note)
    {
        core.SetStep(t, ExitStep.None, note);
        t.SellOrder = null;
    }

    private decimal SellQuantity(Trade t)
    {
        var rules = t.Rules;
        // After a refusal for insufficient balance the sell is capped at what the venue was found to hold.
        var held = rules.FloorQuantity(t.CoverableQuantity);
        var price = LastPrice(t, out var last) ? last : t.Position.AverageEntry;
        var qty = t.Purpose switch
        {
            ExitPurpose.TakeProfit1 => rules.FloorQuantity(t.Position.Bought * core.Settings.Pt1Fraction),
            ExitPurpose.TakeProfit2 => rules.FloorQuantity(t.Position.Bought * core.Settings.Pt2Fraction),
            _ => held,
        };
        qty = Math.Min(qty, held);
        // Never leave a remainder too small to carry its own stop: sell it with the target instead.
        var remainder = held - qty;
        if (remainder > 0 && rules.Violation(remainder, t.Position.StopPrice) is not null) qty = held;
        if (qty > 0 && rules.Violation(qty, price) is null) return qty;
        return held > 0 && rules.Violation(held, price) is null ? held : 0m;
    }

    /// <summary>Makes one acknowledged stop rest for exactly the quantity held and not being sold, at the position's stop.</summary>
    private void Protect(Trade t)
    {
        var stops = core.LiveStops(t);
        if (stops.Any(s => s.State.IsUnresolved() || s.Cancel != CancelState.None)) return; // answers pending
        if (t.Step == ExitStep.CancelingStop) return;
        if (stops.Any(s => s.State == OrderState.PartiallyFilled)) return; // triggered: let it finish

        var p = t.Position;
        var want = t.Rules.FloorQuantity(t.CoverableQuantity - core.SellingQuantity(t));
        var price = p.StopPrice;
        if (want <= 0)
        {
            foreach (var s in stops) core.Cancel(s, "nothing left to protect");
            return;
        }
        if (t.Rules.Violation(want, price) is not null) return; // dust below the minimums cannot carry a stop

        if (stops.Count == 0)
        {
            if (t.StopRetryAt is { } retry && core.Now < retry) return; // rejected a moment ago: back off
            // While a failed market sell backs off, the stop is placed after all: a venue that refuses it puts it in its
            // own back-off, and one that takes it (the price came back) protects the coins.
            if (t.Step == ExitStep.None && !SellBackingOff(t) && LastPrice(t, out var last) && price >= last)
            {
                // The market is already at or under the stop (e.g. break-even re-placed after a restart, once the price
                // fell back): venues refuse such a stop as "would trigger immediately", and retrying leaves the position
                // bare. Do what the triggered stop would do: sell at market.
                CloseAll(t);
                if (t.Step == ExitStep.CancelingStop) Advance(t);
                return;
            }

            var spec = new OrderSpec(t.NextId(OrderLeg.Stop), t.Id, OrderLeg.Stop, t.Symbol, OrderSide.Sell, OrderType.StopMarket, want, null, price);
            core.Place(t, spec, $"protect {Text(want)} at {Text(price)}");
            return;
        }
        for (var i = 1; i < stops.Count; i++) core.Cancel(stops[i], "duplicate stop");
        var keep = stops[0];
        if (keep.Spec.Quantity != want || keep.Spec.StopPrice < price)
            core.Cancel(keep, $"re-size/raise: {Text(keep.Spec.Quantity)} at {Text(keep.Spec.StopPrice ?? 0)} → {Text(want)} at {Text(price)}");
    }

    /// <summary>True while a failed exit sell's back-off runs (no new sell before <see cref="Trade.SellRetryAt"/>).</summary>
    private bool SellBackingOff(Trade t) => t.SellRetryAt is { } retry && core.Now < retry;

    /// <summary>The symbol's last price, noting that this run of the procedure depends on it.</summary>
    private bool LastPrice(Trade t, out decimal last)
    {
        t.ReadsPrice = true;
        return core.LastPrice.TryGetValue(t.Symbol, out last);
    }

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
