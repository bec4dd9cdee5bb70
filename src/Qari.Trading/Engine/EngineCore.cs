using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Commands;
using Qari.Trading.Execution;
using Qari.Trading.Journal;
using Qari.Trading.Portfolio;
using Qari.Trading.Risk;

namespace Qari.Trading.Engine;

/// <summary>
/// The state of one account's engine and the helpers that emit commands and journal entries. Shared by the
/// collaborating desks (entries, exits) so that none of them is a god class; nothing here does I/O or reads a clock.
/// </summary>
internal sealed class EngineCore(AccountProfile profile, TradingSettings settings, PlanCaps caps, RiskGate gate, long firstTradeId)
{
    public AccountProfile Profile { get; set; } = profile;
    public TradingSettings Settings { get; set; } = settings;
    public PlanCaps Caps { get; } = caps;
    public RiskGate Gate { get; set; } = gate;
    public OrderTracker Orders { get; } = new();
    public KillSwitch Kill { get; } = new();
    public CooldownBook Cooldowns { get; } = new();
    public Dictionary<Symbol, Trade> Active { get; } = new();
    public Dictionary<TradeId, Trade> ById { get; } = new();
    public Dictionary<Symbol, decimal> LastPrice { get; } = new();

    /// <summary>
    /// Coins below one lot step left by closed trades, per symbol: Qari's own, unsellable alone, carried into the
    /// symbol's next trade at its first entry fill (else they add up on the venue, trade after trade, beyond any stop).
    /// </summary>
    public Dictionary<Symbol, decimal> Dust { get; } = new();
    public AccountHealth Health { get; set; } = AccountHealth.Healthy;
    public decimal Equity { get; set; }
    public decimal FreeQuote { get; set; }
    public long NextTradeId { get; set; } = firstTradeId;
    public DateTimeOffset Now { get; set; }
    public bool KillTripped { get; set; }
    public bool ReconciliationWanted { get; set; }
    public int ClosedTrades { get; set; }

    /// <summary>While replaying the journal, commands are not emitted (they were sent before the crash).</summary>
    public bool Replaying => ReplayGate is not null;

    /// <summary>The gate used while replaying: same rules, the lock answers as it did in the original run.</summary>
    public RiskGate? ReplayGate { get; set; }

    /// <summary>Subjects already flagged by reconciliation (flagged once, not every period).</summary>
    public HashSet<string> Flagged { get; } = new(StringComparer.Ordinal);

    public List<EngineCommand> Commands { get; } = [];
    public List<JournalEntry> Journal { get; } = [];

    public void Emit(EngineCommand command)
    {
        if (!Replaying) Commands.Add(command);
    }

    public void Record(JournalEntry entry) => Journal.Add(entry);

    public TrackedOrder Place(Trade trade, OrderSpec spec, string why)
    {
        var order = Orders.Submit(spec, Now);
        trade.AddOrder(spec.Id, spec.Side);
        Emit(new PlaceOrder(spec));
        Record(new OrderSubmitted(Now, spec, why));
        return order;
    }

    /// <summary>Cancels a live, acknowledged order once; unresolved orders are queried first, never cancelled blind.</summary>
    public void Cancel(TrackedOrder order, string why)
    {
        if (order.State is not (OrderState.New or OrderState.PartiallyFilled) || order.Cancel != CancelState.None) return;
        Orders.MarkCancelRequested(order.Id);
        order.LastAskedAt = Now;
        Emit(new CancelOrder(order.Id, order.Spec.Symbol));
        Record(new CancelSubmitted(Now, order.Id, why));
    }

    public void Query(TrackedOrder order)
    {
        order.LastAskedAt = Now;
        Emit(new QueryOrder(order.Id, order.Spec.Symbol));
    }

    public void Notify(NotificationKind kind, string message) => Emit(new Notify(kind, message));

    public void Flag(string subject, string message)
    {
        Record(new Flagged(Now, subject, message));
        Notify(NotificationKind.Attention, $"{subject}: {message}");
    }

    public IEnumerable<TrackedOrder> OrdersOf(Trade trade)
    {
        foreach (var id in trade.Orders)
            if (Orders.Find(id) is { } order) yield return order;
    }

    // Indexed loops rather than OrdersOf: these run for every open trade on every price tick.
    public List<TrackedOrder> LiveStops(Trade trade)
    {
        var list = new List<TrackedOrder>(2);
        var ids = trade.Orders;
        for (var i = 0; i < ids.Count; i++)
            if (Orders.Find(ids[i]) is { } o && o.Spec.Leg == OrderLeg.Stop && o.IsLive) list.Add(o);
        return list;
    }

    /// <summary>Quantity of live sells other than stops (take-profits, exits) still to fill.</summary>
    public decimal SellingQuantity(Trade trade)
    {
        var q = 0m;
        var ids = trade.Orders;
        for (var i = 0; i < ids.Count; i++)
            if (Orders.Find(ids[i]) is { } o && o.Spec.Side == OrderSide.Sell && o.Spec.Leg != OrderLeg.Stop && o.IsLive) q += o.Remaining;
        return q;
    }

    public void SetPhase(Trade trade, TradePhase phase, string note)
    {
        if (trade.Phase == phase) return;
        Record(new LegChanged(Now, trade.Id, trade.Phase, phase, note));
        trade.Phase = phase;
    }

    public void SetStep(Trade trade, ExitStep step, string note)
    {
        if (trade.Step == step) return;
        Record(new ProcedureStepped(Now, trade.Id, trade.Purpose, trade.Step, step, note));
        trade.Step = step;
    }

    public void ReleaseLock(Trade trade)
    {
        if (!trade.LockHeld) return;
        trade.LockHeld = false;
        if (!Replaying) Gate.EntryLock.Release(new EntryLockKey(Profile.User, trade.Symbol), Profile.Account);
    }

    public KillSwitchStatus KillStatus() => Kill.Status(Now, Settings);

    /// <summary>At an entry fill: the trade takes over the dust earlier trades of its symbol left (see <see cref="Dust"/>).</summary>
    public void AdoptDust(Trade trade)
    {
        if (!Dust.Remove(trade.Symbol, out var dust) || dust <= 0) return;
        if (trade.Position.Apply(new DustAdopted(Now, dust)).Anomaly is { } anomaly)
        {
            Dust[trade.Symbol] = dust;
            Record(new Flagged(Now, trade.Symbol.ToString(), anomaly));
            return;
        }
        Record(new Flagged(Now, trade.Symbol.ToString(), string.Create(CultureInfo.InvariantCulture,
            $"trade {trade.Id} takes over {dust} left below one lot step by earlier trades: its stop and exits cover it")));
    }
}
