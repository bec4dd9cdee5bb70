using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Journal;
using Qari.Trading.Portfolio;
using Qari.Trading.Risk;

namespace Qari.Trading.Engine;

/// <summary>
/// One account's trading engine: events in, commands and journal entries out. Synchronous, single-threaded, no I/O,
/// no clock (time arrives with each event), so backtest, paper, demo and live run it unchanged.
/// </summary>
public sealed class TradingEngine
{
    private readonly EngineCore _core;
    private readonly EntryDesk _entries;
    private readonly ExitDesk _exits;
    private readonly RefusalDesk _refusals;
    private readonly ReconciliationDesk _reconciliation;
    private readonly ExitRuns _runs;

    /// <summary>A fresh engine for <paramref name="profile"/>; trade ids start at <paramref name="firstTradeId"/>.</summary>
    public TradingEngine(AccountProfile profile, TradingSettings settings, PlanCaps caps, RiskGate gate, long firstTradeId = 1)
    {
        _core = new EngineCore(profile, settings, caps, gate, firstTradeId);
        _entries = new EntryDesk(_core);
        _exits = new ExitDesk(_core, _entries);
        _refusals = new RefusalDesk(_core);
        _reconciliation = new ReconciliationDesk(_core, Dispatch);
        _runs = new ExitRuns(_core, DriveAndClose);
    }

    /// <summary>The account's orders.</summary>
    public OrderTracker Orders => _core.Orders;

    /// <summary>Trades not yet closed, by symbol.</summary>
    public IReadOnlyDictionary<Symbol, Trade> ActiveTrades => _core.Active;

    /// <summary>Every trade ever opened by this engine, by id.</summary>
    public IReadOnlyDictionary<TradeId, Trade> AllTrades => _core.ById;

    /// <summary>The kill switch.</summary>
    public KillSwitch KillSwitch => _core.Kill;

    /// <summary>Cooldowns after stop-losses.</summary>
    public CooldownBook Cooldowns => _core.Cooldowns;

    /// <summary>The current settings.</summary>
    public TradingSettings Settings => _core.Settings;

    /// <summary>Time of the last event handled.</summary>
    public DateTimeOffset Now => _core.Now;

    /// <summary>
    /// True when the engine needs the venue's truth now (a stop or exit sell was refused for insufficient balance): the host should
    /// reconcile without waiting for the periodic one. Cleared by the next <see cref="ReconciliationApplied"/>.
    /// </summary>
    public bool ReconciliationWanted => _core.ReconciliationWanted;

    /// <summary>Quote promised to entries but not yet locked on the venue.</summary>
    public decimal ReservedQuote => _entries.Reserved();

    /// <summary>The reserved quote summed over every order of every trade (the reference for <see cref="ReservedQuote"/>).</summary>
    internal decimal ReservedQuoteByAllOrders => _entries.ReservedByAllOrders();

    /// <summary>Handles one event and returns what to do and what to journal.</summary>
    public EngineStep Handle(EngineEvent e)
    {
        var journal = _core.Journal.Count;
        var commands = _core.Commands.Count;
        var nextTrade = _core.NextTradeId;
        Dispatch(e);
        _runs.Unsettle(e, _core.Journal.Count != journal || _core.Commands.Count != commands, _core.NextTradeId != nextTrade);
        return Finish();
    }

    /// <summary>
    /// When false, every open trade's exit procedure runs after every event; when true (the default) a trade whose
    /// last run changed nothing is skipped until something it reads may have changed (see <see cref="ExitRuns"/>).
    /// The two give the same steps (tested on random event streams); false is the reference.
    /// </summary>
    internal bool SkipQuietTrades
    {
        get => _runs.SkipQuietTrades;
        set => _runs.SkipQuietTrades = value;
    }

    /// <summary>Applies one event to the state without draining the outputs (reconciliation batches several).</summary>
    internal void Dispatch(EngineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.At > _core.Now) _core.Now = e.At;
        switch (e)
        {
            case CycleCandidates c: _entries.OnCandidates(c); break;
            case OrderEvent o: OnOrder(o); break;
            case PriceTick p: OnPrice(p); break;
            case TimerTick: OnTimer(); break;
            case ChangeOfCharacter ch: _entries.OnChangeOfCharacter(ch); break;
            case HigherLow hl when _core.Active.TryGetValue(hl.Symbol, out var trailing): _exits.OnHigherLow(trailing, hl.Price); break;
            case HigherLow: break;
            case ManualKillSwitch k: OnManualKill(k); break;
            case SettingsChanged s: _core.Settings = s.Settings; break;
            case ProfileChanged pc: _core.Profile = pc.Profile; break;
            case EngineRestarted: QueryUnresolved(TimeSpan.Zero); break;
            case ReconciliationApplied r: _reconciliation.Apply(r); break;
            default: throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown engine event.");
        }
    }


    /// <summary>
    /// Rebuilds an engine from its journal: replays the input events in order (commands are not re-sent) with the
    /// entry lock answering as recorded by the <see cref="TradeOpened"/> entries, then takes the locks it still needs.
    /// The host then reconciles with the venue and feeds <see cref="EngineRestarted"/> (both journaled as inputs).
    /// </summary>
    public static TradingEngine Restore(AccountProfile profile, TradingSettings settings, PlanCaps caps, RiskGate gate,
        IEnumerable<EngineEvent> history, IEnumerable<JournalEntry> journal, long firstTradeId = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(journal);
        var engine = new TradingEngine(profile, settings, caps, gate, firstTradeId);
        engine._core.ReplayGate = new RiskGate(new ReplayEntryLock(journal.OfType<TradeOpened>().OrderBy(t => t.Trade.Value).Select(t => t.Candidate.Symbol)));
        foreach (var e in history) engine.Handle(e);
        engine._core.ReplayGate = null;
        foreach (var t in engine._core.Active.Values.Where(t => t.LockHeld))
            t.LockHeld = gate.EntryLock.TryAcquire(new EntryLockKey(profile.User, t.Symbol), profile.Account);
        engine._runs.UnsettleAll();
        return engine;
    }

    internal EngineCore Core => _core;

    /// <summary>Runs the exit procedure of every open trade that may act (see <see cref="ExitRuns"/>).</summary>
    internal void DriveAll() => _runs.DriveAll();

    internal EngineStep Finish()
    {
        DriveAll();
        CheckKillSwitch();
        // Protection first: a stop to place goes out before anything else produced by the same step.
        if (_core.Commands.Count > 1)
        {
            var ordered = _core.Commands.OrderBy(c => c is PlaceOrder { Spec.Leg: OrderLeg.Stop } ? 0 : 1).ToList();
            _core.Commands.Clear();
            _core.Commands.AddRange(ordered);
        }
        var step = _core.Commands.Count == 0 && _core.Journal.Count == 0
            ? EngineStep.Empty
            : new EngineStep(_core.Commands.ToArray(), _core.Journal.ToArray());
        _core.Commands.Clear();
        _core.Journal.Clear();
        return step;
    }

    private static bool NeedsAnswer(TrackedOrder o) => o.IsLive && (o.State.IsUnresolved() || o.Cancel != CancelState.None);

    private static int Priority(OrderLeg leg) => leg switch
    {
        OrderLeg.Stop => 0,
        OrderLeg.TakeProfit1 or OrderLeg.TakeProfit2 or OrderLeg.Exit => 1,
        _ => 2,
    };

    private void OnOrder(OrderEvent e)
    {
        var change = _core.Orders.Apply(e);
        if (change.Order is not { } order)
        {
            _core.Flag(e.Order.ToString(), change.Anomaly ?? "event for an order this engine never placed");
            return;
        }
        if (change.StateChanged || change.FilledDelta > 0)
            _core.Record(new OrderUpdated(_core.Now, order.Id, change.Previous, change.Current, change.FilledDelta, change.FillPrice));
        if (change.Anomaly is { } anomaly) _core.Record(new Flagged(_core.Now, order.Id.ToString(), anomaly));
        if (!_core.ById.TryGetValue(order.Spec.Trade, out var t)) return;

        if (change.FilledDelta > 0) ApplyFill(t, order, change);
        if (order.Spec.Leg == OrderLeg.Stop && change.StateChanged) _refusals.OnStopState(t, order, (e as OrderRejected)?.Kind);
        else if (e is OrderRejected refused && change.StateChanged && order.Spec.Side == OrderSide.Sell) _refusals.OnSellRejected(t, refused.Kind);
        if (order.State == OrderState.Unknown || e is CancelOutcomeUnknown or CancelRejected) _core.Query(order);
        if (order.Spec.Leg == OrderLeg.Entry1 && !order.State.IsUnresolved()) _core.ReleaseLock(t);
        if (order.Spec.Leg is OrderLeg.Entry1 or OrderLeg.Entry2 && !order.IsLive) _entries.OnEntryFinal(t, order);
    }

    private void ApplyFill(Trade t, TrackedOrder order, OrderChange change)
    {
        // What the venue was found to hold moves with the trade's fills, so the stop keeps matching it.
        if (t.VenueHeld is { } venueHeld)
            t.VenueHeld = Math.Max(0m, order.Spec.Side == OrderSide.Buy ? venueHeld + change.FilledDelta - change.FeeBase : venueHeld - change.FilledDelta);
        if (order.Spec.Side == OrderSide.Buy)
        {
            var c = t.Position.Apply(new EntryFilled(_core.Now, change.FilledDelta, change.FillPrice, change.FeeQuote, change.FeeBase));
            if (c.StopMoved) _core.Record(new StopMoved(_core.Now, t.Id, c.StopBefore, c.StopAfter, "average entry changed"));
            if (t.Phase == TradePhase.Closed) _core.Flag(t.Symbol.ToString(), "a buy filled on a closed trade");
            else _core.AdoptDust(t);
            _entries.NotifyFirstFill(t);
            return;
        }
        var x = t.Position.Apply(new ExitFilled(_core.Now, change.FilledDelta, change.FillPrice, change.FeeQuote));
        if (x.Anomaly is { } anomaly) _core.Flag(t.Symbol.ToString(), anomaly);
        _core.Kill.Record(_core.Now, x.RealisedR);
        t.LastExitLeg = order.Spec.Leg;
        if (order.Spec.Leg == OrderLeg.Stop) _entries.CancelPending(t, "stop-loss hit");
    }

    private void OnPrice(PriceTick p)
    {
        _core.LastPrice[p.Symbol] = p.Price;
        if (_core.Active.TryGetValue(p.Symbol, out var t)) _exits.OnPrice(t, p.Price);
    }

    private void OnTimer()
    {
        _entries.OnTimer();
        // Unanswered requests are asked about again; the venue's answer is the only way forward.
        QueryUnresolved(TimeSpan.FromMinutes(1));
    }

    private void QueryUnresolved(TimeSpan unansweredFor)
    {
        // Usually nothing awaits an answer: look before sorting.
        if (!_core.Orders.Orders.Any(NeedsAnswer)) return;
        foreach (var o in _core.Orders.Orders.Where(NeedsAnswer).OrderBy(o => Priority(o.Spec.Leg)).ThenBy(o => o.Id.Value, StringComparer.Ordinal).ToList())
            if (_core.Now - o.LastAskedAt >= unansweredFor) _core.Query(o);
    }

    private void OnManualKill(ManualKillSwitch k)
    {
        _core.Kill.SetManual(k.Actor, k.Engaged);
        if (!k.Engaged) return;
        foreach (var t in _core.Active.Values)
        {
            _entries.CancelPending(t, $"manual kill switch ({k.Actor})");
            if (k.CloseAll) _exits.CloseAll(t);
        }
    }

    private void CheckKillSwitch()
    {
        var status = _core.KillStatus();
        if (status.Tripped == _core.KillTripped) return;
        _core.KillTripped = status.Tripped;
        _core.Record(new KillSwitchChanged(_core.Now, status.Tripped, status.Tripped ? status.Reason : "released", status.Until));
        _core.Notify(NotificationKind.KillSwitch, status.Tripped ? $"New entries halted: {status.Reason}." : "Kill switch released; new entries allowed.");
        if (!status.Tripped) return;
        foreach (var t in _core.Active.Values) _entries.CancelPending(t, "kill switch");
        _runs.UnsettleAll();
        DriveAll();
    }

    private void DriveAndClose(Trade t)
    {
        _exits.Drive(t);
        // Less than one lot step cannot be sold or protected: it is dust, and the trade is flat.
        if (t.Rules.FloorQuantity(t.Position.Quantity) > 0 || t.Phase is TradePhase.Entering or TradePhase.Leg2Working) return;
        if (t.Phase == TradePhase.AwaitingLeg2) _core.SetPhase(t, TradePhase.Holding, "nothing held: leg 2 disarmed");
        if (_core.OrdersOf(t).Any(o => o.IsLive)) return;
        Close(t);
    }

    private void Close(Trade t)
    {
        var p = t.Position;
        var stopped = t.LastExitLeg == OrderLeg.Stop && p.RealisedQuote < 0;
        var reason = p.Bought == 0 ? "nothing was bought" : stopped ? "stop-loss" : $"closed by {t.LastExitLeg?.ToString() ?? "exit"}";
        _core.SetPhase(t, TradePhase.Closed, reason);
        _core.ReleaseLock(t);
        _core.Active.Remove(t.Symbol);
        _core.ClosedTrades++;
        foreach (var id in t.Orders) _core.Orders.Forget(id);
        if (p.Bought == 0)
        {
            _core.Record(new TradeClosed(_core.Now, t.Id, 0, 0, reason));
            return;
        }
        if (p.Quantity > 0)
        {
            _core.Dust[t.Symbol] = _core.Dust.GetValueOrDefault(t.Symbol) + p.Quantity;
            _core.Record(new Flagged(_core.Now, t.Symbol.ToString(), $"{p.Quantity.ToString(CultureInfo.InvariantCulture)} left as dust below one lot step; the symbol's next trade takes it over"));
        }
        _core.Record(new TradeClosed(_core.Now, t.Id, p.RealisedQuote, p.RealisedR, reason));
        if (stopped)
        {
            _core.Cooldowns.Start(t.Symbol, _core.Now + _core.Settings.StopLossCooldown);
            _core.Notify(NotificationKind.StopLoss, string.Create(CultureInfo.InvariantCulture, $"{t.Symbol} stopped out: {p.RealisedR:0.##}R ({p.RealisedQuote:0.##})."));
        }
    }
}
