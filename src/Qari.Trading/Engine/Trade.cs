using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Portfolio;
using Qari.Trading.Risk;

namespace Qari.Trading.Engine;

/// <summary>
/// One trade inside an account's engine: its plan, its position, where its entry legs stand and where its exit
/// procedure stands. Changed only by the engine.
/// </summary>
public sealed class Trade
{
    private readonly int[] _nextSequence = new int[6];

    internal Trade(TradeId id, TradeCandidate candidate, SizingPlan plan, InstrumentRules rules, DateTimeOffset openedAt, TimeSpan leg1Expiry)
    {
        Id = id;
        Candidate = candidate;
        Plan = plan;
        Rules = rules;
        OpenedAt = openedAt;
        Leg1Deadline = openedAt + leg1Expiry;
        Position = new Position(id, candidate.Symbol, rules, plan.RiskQuote, candidate.Invalidation);
    }

    /// <summary>The trade id.</summary>
    public TradeId Id { get; }

    /// <summary>The pair.</summary>
    public Symbol Symbol => Candidate.Symbol;

    /// <summary>The candidate that caused it (targets, explanation).</summary>
    public TradeCandidate Candidate { get; }

    /// <summary>The sized plan.</summary>
    public SizingPlan Plan { get; }

    /// <summary>The instrument's rules at opening.</summary>
    public InstrumentRules Rules { get; }

    /// <summary>The position.</summary>
    public Position Position { get; }

    /// <summary>When the trade was opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>Entry phase.</summary>
    public TradePhase Phase { get; internal set; } = TradePhase.Entering;

    /// <summary>Leg 1 is cancelled if still working at this time.</summary>
    public DateTimeOffset Leg1Deadline { get; }

    /// <summary>Leg 2 is abandoned if not filled by this time (set when leg 1 is done).</summary>
    public DateTimeOffset? Leg2Deadline { get; internal set; }

    /// <summary>Leg 1's order.</summary>
    public ClientOrderId Leg1Order { get; internal set; }

    /// <summary>Leg 2's order once placed.</summary>
    public ClientOrderId? Leg2Order { get; internal set; }

    /// <summary>True while this trade holds the entry lock (until leg 1's outcome is known).</summary>
    public bool LockHeld { get; internal set; }

    /// <summary>Why the exit procedure runs.</summary>
    public ExitPurpose Purpose { get; internal set; }

    /// <summary>The exit procedure's step.</summary>
    public ExitStep Step { get; internal set; } = ExitStep.None;

    /// <summary>The procedure's sell order once placed.</summary>
    public ClientOrderId? SellOrder { get; internal set; }

    /// <summary>Failed sell attempts of the current target.</summary>
    public int SellAttempts { get; internal set; }

    /// <summary>Consecutive exit sells that sold nothing (reset when a sell fills): the back-off's exponent.</summary>
    public int SellFailures { get; internal set; }

    /// <summary>After an exit sell that sold nothing: no new sell is started before this time.</summary>
    public DateTimeOffset? SellRetryAt { get; internal set; }

    /// <summary>Consecutive rejections of this trade's stop (reset when a stop is accepted).</summary>
    public int StopRejections { get; internal set; }

    /// <summary>After a rejected stop: no new stop is placed before this time.</summary>
    public DateTimeOffset? StopRetryAt { get; internal set; }

    /// <summary>
    /// What the venue holds of this trade's base asset when a reconciliation found less than the position (moved by the
    /// trade's fills since); null when it held enough. The stop is sized to it: the venue refuses a stop for coins it lacks.
    /// </summary>
    public decimal? VenueHeld { get; internal set; }

    /// <summary>The coins a stop or sell may cover: the position, capped at <see cref="VenueHeld"/> when the venue was found holding less.</summary>
    internal decimal CoverableQuantity => VenueHeld is { } venue ? Math.Min(Position.Quantity, venue) : Position.Quantity;

    /// <summary>A stop refused for insufficient balance waits for the reconciliation it asked for, then is re-sized and placed at once.</summary>
    internal bool StopAwaitsReconciliation { get; set; }

    /// <summary>The immediate re-placement after a reconciliation was used (reset when a stop is accepted): later refusals back off.</summary>
    internal bool StopReconciled { get; set; }

    /// <summary>The immediate resend after a refusal that placed nothing (timestamp outside the window) was used (reset when a stop is accepted).</summary>
    internal bool StopResent { get; set; }

    /// <summary>An exit sell refused for insufficient balance waits for the reconciliation it asked for, then is re-sized and sent at once.</summary>
    internal bool SellAwaitsReconciliation { get; set; }

    /// <summary>The immediate re-sized sell after a reconciliation was used (reset when a sell fills): later refusals back off.</summary>
    internal bool SellReconciled { get; set; }

    /// <summary>The reconciliation a refused sell asked for was applied: the exit procedure starts again at its next run.</summary>
    internal bool SellResume { get; set; }

    /// <summary>Why the venue refused the current exit sell, until the procedure handles the refusal.</summary>
    internal ErrorKind? SellRefusal { get; set; }

    /// <summary>The immediate resend after a sell refused for its timestamp was used (reset when a sell fills).</summary>
    internal bool SellResent { get; set; }

    /// <summary>PT1 taken (or given up).</summary>
    public bool Pt1Done { get; internal set; }

    /// <summary>PT2 taken (or given up): the rest trails on structure.</summary>
    public bool Pt2Done { get; internal set; }

    /// <summary>A close-everything request waiting for a running procedure to end.</summary>
    public bool CloseRequested { get; internal set; }

    /// <summary>Set when pending entries must stop (kill switch, take-profit, stop-loss, close); enforced on every event.</summary>
    public bool EntriesHalted { get; internal set; }

    /// <summary>The exit procedure's last run did nothing and nothing it reads has changed since (see <see cref="TradingEngine.SkipQuietTrades"/>).</summary>
    internal bool Quiet { get; set; }

    /// <summary>The exit procedure's last run read the last price (so a new price may change what it does).</summary>
    internal bool ReadsPrice { get; set; }

    /// <summary>True when the first entry fill was notified.</summary>
    internal bool EntryNotified { get; set; }

    /// <summary>The last sell leg that filled (to tell a stop-loss from a target).</summary>
    public OrderLeg? LastExitLeg { get; internal set; }

    private readonly List<ClientOrderId> _orders = [];
    private readonly List<ClientOrderId> _buys = [];

    /// <summary>Client ids of every order of this trade, in submission order.</summary>
    public IReadOnlyList<ClientOrderId> Orders => _orders;

    /// <summary>
    /// The ids of <see cref="Orders"/> whose side is buy, in the same order: the reserved quote sums only these, and a
    /// long-held trade gathers many stop orders (one per re-size or raise) that it would otherwise look up every cycle.
    /// </summary>
    internal IReadOnlyList<ClientOrderId> BuyOrders => _buys;

    internal void AddOrder(ClientOrderId id, OrderSide side)
    {
        _orders.Add(id);
        if (side == OrderSide.Buy) _buys.Add(id);
    }

    /// <summary>Quote still promised to leg 2 (not yet placed on the venue).</summary>
    public decimal Leg2Reserve => Phase is TradePhase.Entering or TradePhase.AwaitingLeg2 ? Plan.Leg2Reserve : 0m;

    /// <summary>True while an entry (leg 1 working, leg 2 armed or working) is pending.</summary>
    public bool EntryPending => Phase is TradePhase.Entering or TradePhase.AwaitingLeg2 or TradePhase.Leg2Working;

    /// <summary>The next client order id for <paramref name="leg"/>.</summary>
    internal ClientOrderId NextId(OrderLeg leg) => ClientOrderId.Create(Id, leg, _nextSequence[(int)leg]++);
}
