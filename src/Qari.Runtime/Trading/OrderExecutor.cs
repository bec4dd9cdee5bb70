using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Runtime.Health;

namespace Qari.Runtime.Trading;

/// <summary>
/// Executes the engine's venue commands through the <see cref="ISpotExchange"/> port and turns every outcome into
/// the engine's answer: a place is never retried (an unknown outcome is answered as unknown, and the engine queries
/// by client order id); a failure that says the venue is down marks the account degraded until a call succeeds.
/// </summary>
public sealed class OrderExecutor(ISpotExchange exchange, RuntimeMetrics metrics)
{
    private Error? _keyProblem;
    private int _keyWorked;
    private bool _venueDegraded;
    private string? _venueReason;
    private string? _journalReason;

    /// <summary>True while the exchange answers with outages, maintenance or network failures, or the journal cannot be written.</summary>
    public bool Degraded => _venueDegraded || _journalReason is not null;

    /// <summary>True while the exchange answers with outages, maintenance or network failures (or refuses the key).</summary>
    public bool VenueDegraded => _venueDegraded;

    /// <summary>True while the journal cannot be written (see <see cref="JournalUnavailable"/>).</summary>
    public bool JournalDegraded => _journalReason is not null;

    /// <summary>The last outage error seen (for logs and status); the journal's first while it is down.</summary>
    public string? DegradedReason => _journalReason ?? _venueReason;

    /// <summary>The key refusal (invalid key, permission, IP) seen since the last call, if any; reading clears it.</summary>
    public Error? TakeKeyProblem() => Interlocked.Exchange(ref _keyProblem, null);

    /// <summary>True when a call with the key succeeded since the last read and after the last refusal; reading clears it.</summary>
    public bool TakeKeyWorked() => Interlocked.Exchange(ref _keyWorked, 0) == 1;

    /// <summary>Marks the account degraded because the journal cannot be written (null: the journal works again).</summary>
    public void JournalUnavailable(string? reason) => _journalReason = reason;

    /// <summary>Places an order; returns its answer events (accepted plus what already filled, rejected, or unknown).</summary>
    public async Task<IReadOnlyList<OrderEvent>> PlaceAsync(OrderSpec spec, DateTimeOffset at, CancellationToken ct)
    {
        var placed = await exchange.PlaceOrderAsync(Request(spec), ct).ConfigureAwait(false);
        metrics.OrdersPlaced.Increment();
        if (!placed.IsSuccess)
        {
            var error = placed.Error!;
            Observe(error);
            if (IsUnknown(error.Kind)) return [new OrderOutcomeUnknown(at, spec.Id)];
            metrics.Rejections.Increment();
            return [new OrderRejected(at, spec.Id, error.Kind, error.Message)];
        }
        Healthy();
        var snap = placed.Value;
        var events = new List<OrderEvent> { new OrderAccepted(at, spec.Id, snap.ExchangeOrderId) };
        if (snap.FilledQuantity > 0 || snap.Status != OrderStatus.New)
        {
            // What filled at once is adopted with its fees, then the status closes the order. The fills come from the
            // answer itself when the venue sent them all (Binance FULL: one call fewer per entry), else from the fill list.
            if (snap.Fills is { Count: > 0 } carried && carried.Sum(f => f.Quantity) == snap.FilledQuantity)
                events.AddRange(carried.Select(f => ToEvent(at, spec.Id, f)));
            else if (await FillListAsync(spec.Symbol, spec.Id, snap.ExchangeOrderId, snap.CreatedMs - 1, at, ct).ConfigureAwait(false) is { } fills)
                events.AddRange(fills);
            else
                return events; // accepted; what filled comes with its fees from the next query (a bare report would drop them)
            events.Add(Report(at, spec.Id, snap));
        }
        return events;
    }

    /// <summary>Cancels an order; answers cancelled, refused (e.g. already filled) or unknown.</summary>
    public async Task<IReadOnlyList<OrderEvent>> CancelAsync(CancelOrder cancel, DateTimeOffset at, CancellationToken ct)
    {
        var done = await exchange.CancelOrderAsync(cancel.Symbol, OrderRef.ByClientId(cancel.Id), ct).ConfigureAwait(false);
        if (!done.IsSuccess)
        {
            var error = done.Error!;
            Observe(error);
            return IsUnknown(error.Kind) ? [new CancelOutcomeUnknown(at, cancel.Id)] : [new CancelRejected(at, cancel.Id, error.Kind, error.Message)];
        }
        Healthy();
        var snap = done.Value;
        if (snap.FilledQuantity <= 0) return snap.Status == OrderStatus.Canceled ? [new OrderCanceled(at, cancel.Id)] : [Report(at, cancel.Id, snap)];
        // Something filled before the cancel took effect, possibly after the engine last looked. The cancel answer
        // carries the quantity but neither the fills (fees, trade ids) nor the order's creation time to read them from
        // (Binance's transactTime is the cancel's), and "cancelled" alone would lose them: the order goes final, no one
        // asks again, its trade can close with the coins unaccounted for on the venue. So the order is asked for; with no
        // answer the cancel's outcome stays unknown and the engine asks again.
        var queried = await QueryAsync(new QueryOrder(cancel.Id, cancel.Symbol), at, ct).ConfigureAwait(false);
        return queried.Count > 0 ? queried : [new CancelOutcomeUnknown(at, cancel.Id)];
    }

    /// <summary>Asks for an order by client id; no answer while the venue is unreachable (the engine asks again).</summary>
    public async Task<IReadOnlyList<OrderEvent>> QueryAsync(QueryOrder query, DateTimeOffset at, CancellationToken ct)
    {
        var found = await exchange.GetOrderAsync(query.Symbol, OrderRef.ByClientId(query.Id), ct).ConfigureAwait(false);
        if (found.IsSuccess)
        {
            Healthy();
            var events = new List<OrderEvent>();
            if (found.Value.FilledQuantity > 0)
            {
                // A report counting filled quantity without its fills would take it without its fee, and the fills read
                // later add nothing new: no answer instead, the engine asks again.
                if (await FillListAsync(query.Symbol, query.Id, found.Value.ExchangeOrderId, found.Value.CreatedMs - 1, at, ct).ConfigureAwait(false) is not { } fills)
                    return [];
                events.AddRange(fills);
            }
            events.Add(Report(at, query.Id, found.Value));
            return events;
        }
        var error = found.Error!;
        if (error.Kind is ErrorKind.UnknownOrder or ErrorKind.NotFound) return [new OrderStatusReported(at, query.Id, null)];
        Observe(error);
        return [];
    }

    /// <summary>
    /// The fills of one order since a time, as fill events (the engine de-duplicates by trade id), or null when the fill
    /// list could not be read. A fill is matched by client id or, since some venues' fill lists carry only their own
    /// order id (Binance myTrades), by exchange order id.
    /// </summary>
    private async Task<IReadOnlyList<OrderEvent>?> FillListAsync(Symbol symbol, ClientOrderId id, ExchangeOrderId? exchangeOrder, long sinceMs, DateTimeOffset at, CancellationToken ct)
    {
        var fills = await exchange.GetFillsAsync(symbol, sinceMs, ct).ConfigureAwait(false);
        if (!fills.IsSuccess)
        {
            Observe(fills.Error!);
            return null;
        }
        return [.. fills.Value.Where(f => f.ClientOrderId == id || (exchangeOrder is { } x && f.ExchangeOrderId == x)).Select(f => ToEvent(at, id, f))];
    }

    /// <summary>Marks the venue reachable again after a successful call.</summary>
    public void Healthy()
    {
        _venueDegraded = false;
        _venueReason = null;
        Interlocked.Exchange(ref _keyWorked, 1);
    }

    /// <summary>Records a failed call: outages and maintenance degrade the account.</summary>
    public void Observe(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind == ErrorKind.RateLimited) metrics.RateLimitWaits.Increment();
        if (error.Kind is ErrorKind.InvalidKey or ErrorKind.PermissionDenied or ErrorKind.IpNotAllowed)
        {
            _keyProblem = error;
            Interlocked.Exchange(ref _keyWorked, 0);
        }
        // A refused key blocks entries too (check 16: key valid) until a call with it succeeds again.
        if (error.Kind is ErrorKind.InvalidKey or ErrorKind.PermissionDenied or ErrorKind.IpNotAllowed or ErrorKind.ExchangeUnavailable or ErrorKind.Network or ErrorKind.UnknownOutcome or ErrorKind.RateLimited)
        {
            _venueDegraded = true;
            _venueReason = $"{error.Kind}: {error.Message}";
        }
    }

    internal static OrderFilled ToEvent(DateTimeOffset at, ClientOrderId id, Fill f)
    {
        var quoteFee = f.FeeAsset == f.Symbol.Quote ? f.Fee : 0m;
        var baseFee = f.FeeAsset == f.Symbol.Base ? f.Fee : 0m;
        return new OrderFilled(at, id, f.TradeId, f.Quantity, f.Price, quoteFee, baseFee);
    }

    private static OrderStatusReported Report(DateTimeOffset at, ClientOrderId id, OrderSnapshot s) =>
        new(at, id, s.Status, s.FilledQuantity, s.AverageFillPrice ?? 0m, s.ExchangeOrderId);

    // A timeout, a dropped connection or a 5xx after sending may have placed the order: only a query can tell.
    private static bool IsUnknown(ErrorKind kind) => kind is ErrorKind.UnknownOutcome or ErrorKind.Network or ErrorKind.ExchangeUnavailable or ErrorKind.MalformedResponse;

    private static OrderRequest Request(OrderSpec s) => s.Type switch
    {
        OrderType.Limit => OrderRequest.Limit(s.Symbol, s.Side, s.Quantity, s.LimitPrice!.Value, s.Id, s.TimeInForce),
        OrderType.Market => OrderRequest.Market(s.Symbol, s.Side, s.Quantity, s.Id),
        OrderType.StopMarket => OrderRequest.StopMarket(s.Symbol, s.Side, s.Quantity, s.StopPrice!.Value, s.Id),
        OrderType.StopLimit => OrderRequest.StopLimit(s.Symbol, s.Side, s.Quantity, s.StopPrice!.Value, s.LimitPrice!.Value, s.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(s), s.Type, "Unknown order type."),
    };
}
