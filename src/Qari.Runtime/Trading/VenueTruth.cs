using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Reconciliation;

namespace Qari.Runtime.Trading;

/// <summary>Reads what the venue knows: the full truth for reconciliation, and per cycle the fills and states of live orders.</summary>
internal static class VenueTruth
{
    private static readonly TimeSpan FillLookBack = TimeSpan.FromDays(7);

    /// <summary>Open orders, recent fills of the symbols the engine trades, and balances.</summary>
    public static async Task<Result<ExchangeTruth>> FetchAsync(ISpotExchange exchange, TradingEngine engine, DateTimeOffset now, CancellationToken ct)
    {
        var open = await exchange.GetOpenOrdersAsync(null, ct).ConfigureAwait(false);
        if (!open.IsSuccess) return open.Error!;
        var balances = await exchange.GetBalancesAsync(ct).ConfigureAwait(false);
        if (!balances.IsSuccess) return balances.Error!;
        var symbols = engine.ActiveTrades.Keys.Concat(open.Value.Select(o => o.Symbol)).Distinct().ToList();
        var clientIds = ClientIdsByExchangeOrder(engine, open.Value);
        await MapInFlightAsync(exchange, engine, open.Value, clientIds, ct).ConfigureAwait(false);
        var fills = new List<VenueFill>();
        foreach (var symbol in symbols)
        {
            var got = await exchange.GetFillsAsync(symbol, (now - FillLookBack).ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
            if (!got.IsSuccess) return got.Error!;
            fills.AddRange(got.Value.Select(f => new VenueFill(f.ClientOrderId?.Value ?? clientIds.GetValueOrDefault(f.ExchangeOrderId, ""), f.Symbol, f.Side, f.TradeId, f.Quantity, f.Price,
                DateTimeOffset.FromUnixTimeMilliseconds(f.TimeMs), f.FeeAsset == f.Symbol.Quote ? f.Fee : 0m, f.FeeAsset == f.Symbol.Base ? f.Fee : 0m)));
        }
        var orders = open.Value.Select(o => new VenueOrder(o.ClientOrderId?.Value ?? "", o.Symbol, o.Side, o.Type, o.Quantity ?? 0m, o.FilledQuantity, o.ExchangeOrderId)).ToList();
        return new ExchangeTruth(now, orders, fills, balances.Value.ToDictionary(b => b.Asset, b => b.Total, StringComparer.Ordinal));
    }

    // Fill lists of some venues name only the exchange's order id: the engine's orders and the open orders map it back.
    private static Dictionary<ExchangeOrderId, string> ClientIdsByExchangeOrder(TradingEngine engine, IReadOnlyList<OrderSnapshot> open)
    {
        var map = new Dictionary<ExchangeOrderId, string>();
        foreach (var o in engine.Orders.Orders)
            if (o.ExchangeOrder is { } x) map[x] = o.Id.Value;
        foreach (var o in open)
            if (o.ClientOrderId is { } c) map[o.ExchangeOrderId] = c.Value;
        return map;
    }

    // An order sent but whose answer was never journaled (a crash or a journal outage between the request and its
    // outcome) has no exchange id in the engine; if it already filled and closed it is not in the open list either, so
    // its fills (on venues whose fill lists carry only the exchange's id) would look foreign. One query by client id
    // maps it. Best effort: an order the venue does not know, or a failed lookup, stays unmapped (the engine's own query
    // resolves it) — a lookup must never hold up the reconciliation that re-places missing stops.
    private static async Task MapInFlightAsync(ISpotExchange exchange, TradingEngine engine, IReadOnlyList<OrderSnapshot> open,
        Dictionary<ExchangeOrderId, string> map, CancellationToken ct)
    {
        var listed = open.Where(o => o.ClientOrderId is not null).Select(o => o.ClientOrderId!.Value.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var order in engine.Orders.Orders.Where(o => o.IsLive && o.ExchangeOrder is null && !listed.Contains(o.Id.Value)))
        {
            var found = await exchange.GetOrderAsync(order.Spec.Symbol, OrderRef.ByClientId(order.Id), ct).ConfigureAwait(false);
            if (found.IsSuccess) map[found.Value.ExchangeOrderId] = order.Id.Value;
        }
    }

    /// <summary>
    /// Each live order's state as the venue reports it, preceded by its fills (with fees and trade ids) when the venue
    /// reports anything filled (<see cref="OrderExecutor.QueryAsync"/>): a resting, unfilled order costs one query per
    /// cycle instead of a query plus a fill-list read.
    /// </summary>
    public static async Task<IReadOnlyList<EngineEvent>> OrderUpdatesAsync(OrderExecutor executor, TradingEngine engine, DateTimeOffset now, CancellationToken ct)
    {
        var live = engine.Orders.Orders.Where(o => o.IsLive && o.State != OrderState.PendingSubmit).ToList();
        var events = new List<EngineEvent>();
        foreach (var order in live)
            events.AddRange(await executor.QueryAsync(new Qari.Trading.Commands.QueryOrder(order.Id, order.Spec.Symbol), now, ct).ConfigureAwait(false));
        return events;
    }
}
