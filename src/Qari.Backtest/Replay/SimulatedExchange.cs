using System.Globalization;
using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Backtest.Replay;

/// <summary>
/// The venue of a backtest: answers the engine's place / cancel / query commands at once (accepted, rejected,
/// cancelled, status), runs each live order through the instrument's <see cref="FillModel"/> candle by candle, and
/// books every fill into the <see cref="SimulatedAccount"/>. Stops are shown a candle before other orders, so a
/// stop and a target reached in the same candle resolve pessimistically (stop first); all of a symbol's orders on
/// one candle share its volume share, in that same order.
/// </summary>
internal sealed class SimulatedExchange
{
    private readonly Dictionary<Symbol, FillModel> _models;
    private readonly Dictionary<ClientOrderId, Live> _orders = new();
    private readonly Dictionary<ClientOrderId, OrderFillState> _finished = new();
    private readonly SimulatedAccount _account;
    private readonly List<Live> _mine = [];
    private long _exchangeOrderSeq;
    private long _fillSeq;

    public SimulatedExchange(IReadOnlyDictionary<Symbol, FillModel> models, SimulatedAccount account)
    {
        _models = new Dictionary<Symbol, FillModel>(models);
        _account = account;
    }

    public List<SimulatedFill> Fills { get; } = [];

    public int LiveOrderCount => _orders.Count;

    /// <summary>Executes one engine command; the answer (if any) is an event for the engine.</summary>
    public EngineEvent? Execute(EngineCommand command, DateTimeOffset now, decimal lastPrice)
    {
        switch (command)
        {
            case PlaceOrder p: return Place(p.Spec, now, lastPrice);
            case CancelOrder c: return Cancel(c.Id, now);
            case QueryOrder q: return Query(q.Id, now);
            default: return null;
        }
    }

    /// <summary>Shows the symbol's live orders one candle (stops first, then by id), sharing its volume share; returns the resulting events.</summary>
    public void Process(Symbol symbol, in Candle candle, DateTimeOffset at, List<EngineEvent> events)
    {
        if (_orders.Count == 0) return;
        // Scratch reused for every candle (one replay thread; nothing below calls back into Process).
        var mine = _mine;
        mine.Clear();
        foreach (var live in _orders.Values) if (live.Spec.Symbol == symbol) mine.Add(live);
        if (mine.Count == 0) return;
        if (mine.Count > 1) mine.Sort(ShownFirst);
        var model = _models[symbol];
        // The orders share the candle's volume share: each sees what the ones before it (stops first) took.
        var taken = 0m;
        foreach (var live in mine)
        {
            var step = model.Process(live.State, candle, taken);
            // Indexed: a foreach over the interface would allocate an enumerator per order per candle.
            var fills = step.Fills;
            for (var f = 0; f < fills.Count; f++)
            {
                taken += fills[f].Quantity;
                Book(live, fills[f], at, events);
            }
            Unlock(live);
            live.State = step.State;
            Lock(live);
            if (!live.State.Status.IsFinal()) continue;
            _orders.Remove(live.Spec.Id);
            _finished[live.Spec.Id] = live.State;
            if (live.State.Status == OrderStatus.Expired) events.Add(new OrderExpired(at, live.Spec.Id));
            if (live.State.Status == OrderStatus.Canceled) events.Add(new OrderCanceled(at, live.Spec.Id));
        }
    }

    private static readonly Comparison<Live> ShownFirst = static (a, b) => a.Spec.Leg == OrderLeg.Stop != (b.Spec.Leg == OrderLeg.Stop)
        ? (a.Spec.Leg == OrderLeg.Stop ? -1 : 1)
        : string.CompareOrdinal(a.Spec.Id.Value, b.Spec.Id.Value);

    private EngineEvent Place(OrderSpec spec, DateTimeOffset now, decimal lastPrice)
    {
        if (_orders.ContainsKey(spec.Id) || _finished.ContainsKey(spec.Id))
            return new OrderRejected(now, spec.Id, ErrorKind.DuplicateClientOrderId, $"{spec.Id.Value}: duplicate client order id");
        if (!_models.TryGetValue(spec.Symbol, out var model))
            return new OrderRejected(now, spec.Id, ErrorKind.Rejected, $"{spec.Id.Value}: {spec.Symbol} is not replayed");
        var order = new SimulatedOrder(spec.Id, spec.Side, spec.Type, now.ToUnixTimeMilliseconds(), spec.Quantity,
            LimitPrice: spec.Type is OrderType.Limit or OrderType.StopLimit ? spec.LimitPrice : null,
            TriggerPrice: spec.Type is OrderType.StopMarket or OrderType.StopLimit ? spec.StopPrice : null,
            TimeInForce: spec.TimeInForce);
        var submitted = model.Submit(order, lastPrice);
        if (!submitted.IsSuccess) return new OrderRejected(now, spec.Id, submitted.Error.Kind, submitted.Error.Message);
        var live = new Live(spec, submitted.Value, lastPrice);
        var need = Locks(live);
        if (spec.Side == OrderSide.Buy ? need > _account.FreeQuote : need > FreeBase(spec.Symbol))
            return new OrderRejected(now, spec.Id, ErrorKind.InsufficientBalance,
                string.Create(CultureInfo.InvariantCulture, $"{spec.Id.Value}: needs {need} {(spec.Side == OrderSide.Buy ? _account.QuoteAsset : spec.Symbol.Base)}, free {(spec.Side == OrderSide.Buy ? _account.FreeQuote : FreeBase(spec.Symbol))}"));
        Lock(live);
        _orders[spec.Id] = live;
        _exchangeOrderSeq++;
        return new OrderAccepted(now, spec.Id, new ExchangeOrderId("sim-" + _exchangeOrderSeq.ToString(CultureInfo.InvariantCulture)));
    }

    private EngineEvent Cancel(ClientOrderId id, DateTimeOffset now)
    {
        if (!_orders.Remove(id, out var live)) return new CancelRejected(now, id, ErrorKind.UnknownOrder, $"{id.Value}: not open");
        Unlock(live);
        live.State = FillModel.Cancel(live.State);
        _finished[id] = live.State;
        return new OrderCanceled(now, id);
    }

    private OrderStatusReported Query(ClientOrderId id, DateTimeOffset now)
    {
        var state = _orders.TryGetValue(id, out var live) ? live.State : _finished.GetValueOrDefault(id);
        if (state is null) return new OrderStatusReported(now, id, null);
        return new OrderStatusReported(now, id, state.Status, state.FilledQuantity, state.AveragePrice ?? 0m);
    }

    private void Book(Live live, Fill fill, DateTimeOffset at, List<EngineEvent> events)
    {
        var spec = live.Spec;
        var feeQuote = fill.FeeAsset == FeeAsset.Quote ? fill.Fee : 0m;
        var feeBase = fill.FeeAsset == FeeAsset.Base ? fill.Fee : 0m;
        if (spec.Side == OrderSide.Buy)
        {
            _account.AddQuote(-fill.Notional - feeQuote);
            _account.AddBase(spec.Symbol, fill.Quantity - feeBase);
        }
        else
        {
            _account.AddQuote(fill.Notional - feeQuote);
            _account.AddBase(spec.Symbol, -fill.Quantity - feeBase);
        }
        _fillSeq++;
        var fillId = "F" + _fillSeq.ToString(CultureInfo.InvariantCulture);
        Fills.Add(new SimulatedFill(fillId, spec.Symbol, spec.Side, spec.Leg, spec.Trade, fill));
        events.Add(new OrderFilled(at, spec.Id, fillId, fill.Quantity, fill.Price, feeQuote, feeBase));
    }

    private decimal FreeBase(Symbol symbol)
    {
        var locked = 0m;
        foreach (var o in _orders.Values) if (o.Spec.Symbol == symbol && o.Spec.Side == OrderSide.Sell) o.AddLock(ref locked);
        return _account.BaseOf(symbol) - locked;
    }

    private static decimal Locks(Live live)
    {
        var locked = 0m;
        live.AddLock(ref locked);
        return locked;
    }

    private void Lock(Live live)
    {
        if (live.Spec.Side == OrderSide.Buy && !live.State.Status.IsFinal()) _account.LockedQuote += Locks(live);
    }

    private void Unlock(Live live)
    {
        if (live.Spec.Side == OrderSide.Buy && !live.State.Status.IsFinal()) _account.LockedQuote -= Locks(live);
    }

    private sealed class Live(OrderSpec spec, OrderFillState state, decimal referencePrice)
    {
        public OrderSpec Spec { get; } = spec;
        public OrderFillState State { get; set; } = state;

        /// <summary>What the order holds back: quote for a buy (limit or reference price, plus the taker fee bound), base for a sell.</summary>
        public void AddLock(ref decimal total)
        {
            var remaining = State.RemainingQuantity;
            if (Spec.Side == OrderSide.Sell) { total += remaining; return; }
            var price = State.Order.LimitPrice ?? referencePrice * 1.01m;
            total += remaining * price;
        }
    }
}
