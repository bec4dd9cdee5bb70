using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin order handling for <see cref="KucoinExchange"/>. Limit and market orders live in the HF system, resting
/// stops in the spot stop-order system; lookups by id or clientOid try the HF order first and then the stop, and a
/// triggered stop is followed to the order it placed (same clientOid).
/// </summary>
internal sealed class KucoinOrderDesk(KucoinClient client, ServerClock clock)
{
    private const int StopPageSize = 50;

    public async Task<Result<OrderSnapshot>> PlaceAsync(OrderRequest request, CancellationToken ct)
    {
        if (!KucoinClientIds.IsValid(request.ClientOrderId.Value))
            return Error.Validation("kucoin.client-id", $"client order id '{request.ClientOrderId}' does not fit KuCoin's clientOid rule (≤ 40 of [0-9A-Za-z_-]).");
        var symbol = KucoinSymbols.ToExchange(request.Symbol);
        var side = request.Side == OrderSide.Buy ? "buy" : "sell";
        List<KeyValuePair<string, object>> fields = [new("clientOid", request.ClientOrderId.Value), new("side", side), new("symbol", symbol)];
        var isStop = request.Type is OrderType.StopLimit or OrderType.StopMarket;
        switch (request.Type)
        {
            case OrderType.Limit:
                fields.Add(new("type", "limit"));
                fields.Add(new("price", request.Price!.Value));
                fields.Add(new("size", request.Quantity!.Value));
                fields.Add(new("timeInForce", TimeInForceCode(request.TimeInForce)));
                if (request.TimeInForce == TimeInForce.PostOnly) fields.Add(new("postOnly", true));
                break;
            case OrderType.Market:
                fields.Add(new("type", "market"));
                // Market buys by quote amount go in "funds"; everything else is a base "size".
                fields.Add(request.Quantity is { } size ? new("size", size) : new("funds", request.QuoteAmount!.Value));
                break;
            case OrderType.StopMarket:
            case OrderType.StopLimit:
                fields.Add(new("type", request.Type == OrderType.StopLimit ? "limit" : "market"));
                // "loss" fires when the price falls to the trigger, "entry" when it rises to it.
                fields.Add(new("stop", request.Side == OrderSide.Sell ? "loss" : "entry"));
                fields.Add(new("stopPrice", request.StopPrice!.Value));
                if (request.Type == OrderType.StopLimit)
                {
                    fields.Add(new("price", request.Price!.Value));
                    fields.Add(new("timeInForce", "GTC"));
                }
                fields.Add(new("size", request.Quantity!.Value));
                fields.Add(new("tradeType", "TRADE"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type.");
        }
        var body = isStop ? await client.PlaceStopOrderAsync(fields, ct).ConfigureAwait(false) : await client.PlaceOrderAsync(fields, ct).ConfigureAwait(false);
        var placed = Replies.Then(body, KucoinOrderParser.Placed);
        if (!placed.IsSuccess) return placed.Error;
        var read = isStop ? await StopByIdAsync(request.Symbol, placed.Value.Value, ct).ConfigureAwait(false) : await HfAsync(symbol, placed.Value.Value, ct).ConfigureAwait(false);
        // KuCoin answers a placement with the id only. If reading it back fails, report what is certain: the order
        // was accepted and, at that moment, nothing of it had filled.
        return read.IsSuccess ? read : Accepted(request, placed.Value);
    }

    public async Task<Result<OrderSnapshot>> CancelAsync(Symbol symbol, OrderRef order, CancellationToken ct)
    {
        var sym = KucoinSymbols.ToExchange(symbol);
        var byId = order.ExchangeId?.Value;
        var clientOid = order.ClientId?.Value;
        var cancelled = Replies.Then(byId is not null
            ? await client.CancelOrderAsync(sym, byId, ct).ConfigureAwait(false)
            : await client.CancelOrderByClientOidAsync(sym, clientOid!, ct).ConfigureAwait(false), KucoinOrderParser.Acknowledged);
        if (cancelled.IsSuccess)
            return byId is not null ? await HfAsync(sym, byId, ct).ConfigureAwait(false) : await HfByClientAsync(sym, clientOid!, ct).ConfigureAwait(false);
        if (cancelled.Error.Kind != ErrorKind.UnknownOrder) return cancelled.Error;
        var stop = byId is not null ? await StopViewByIdAsync(byId, ct).ConfigureAwait(false) : await StopViewByClientAsync(sym, clientOid!, ct).ConfigureAwait(false);
        if (!stop.IsSuccess || stop.Value.Triggered) return cancelled.Error;
        var stopCancel = Replies.Then(byId is not null
            ? await client.CancelStopOrderAsync(byId, ct).ConfigureAwait(false)
            : await client.CancelStopOrderByClientOidAsync(sym, clientOid!, ct).ConfigureAwait(false), KucoinOrderParser.Acknowledged);
        if (!stopCancel.IsSuccess) return stopCancel.Error;
        // A cancelled stop order disappears from KuCoin; its last state plus the cancellation is its final state.
        return stop.Value.Snapshot with { Status = OrderStatus.Canceled, UpdatedMs = clock.Now.ToUnixTimeMilliseconds() };
    }

    public async Task<Result<OrderSnapshot>> GetAsync(Symbol symbol, OrderRef order, CancellationToken ct)
    {
        var sym = KucoinSymbols.ToExchange(symbol);
        if (order.ExchangeId is { } id)
        {
            var hf = await HfAsync(sym, id.Value, ct).ConfigureAwait(false);
            if (hf.IsSuccess || hf.Error.Kind != ErrorKind.UnknownOrder) return hf;
            var stop = await StopViewByIdAsync(id.Value, ct).ConfigureAwait(false);
            return stop.IsSuccess ? await FollowAsync(sym, stop.Value, ct).ConfigureAwait(false) : hf.Error;
        }
        var clientOid = order.ClientId!.Value.Value;
        var byClient = await HfByClientAsync(sym, clientOid, ct).ConfigureAwait(false);
        if (byClient.IsSuccess || byClient.Error.Kind != ErrorKind.UnknownOrder) return byClient;
        var view = await StopViewByClientAsync(sym, clientOid, ct).ConfigureAwait(false);
        return view.IsSuccess ? await FollowAsync(sym, view.Value, ct).ConfigureAwait(false) : view.Error;
    }

    public async Task<Result<IReadOnlyList<OrderSnapshot>>> OpenAsync(Symbol? symbol, CancellationToken ct)
    {
        IReadOnlyList<string> symbols;
        if (symbol is { } s) symbols = [KucoinSymbols.ToExchange(s)];
        else
        {
            var active = Replies.Then(await client.ActiveSymbolsAsync(ct).ConfigureAwait(false), KucoinOrderParser.ActiveSymbols);
            if (!active.IsSuccess) return active.Error;
            symbols = active.Value;
        }
        var open = new List<OrderSnapshot>();
        foreach (var sym in symbols)
        {
            var orders = Replies.Then(await client.ActiveOrdersAsync(sym, ct).ConfigureAwait(false), KucoinOrderParser.Orders);
            if (!orders.IsSuccess) return orders.Error;
            open.AddRange(orders.Value);
        }
        var filter = symbol is { } one ? KucoinSymbols.ToExchange(one) : null;
        for (var page = 1; ; page++)
        {
            var stops = Replies.Then(await client.StopOrdersAsync(filter, page, StopPageSize, ct).ConfigureAwait(false), KucoinOrderParser.StopOrderPage);
            if (!stops.IsSuccess) return stops.Error;
            open.AddRange(stops.Value.Stops.Where(v => !v.Triggered).Select(v => v.Snapshot));
            if (page >= stops.Value.TotalPages || stops.Value.Stops.Count == 0) break;
        }
        return open.OrderBy(o => o.CreatedMs).ThenBy(o => o.ExchangeOrderId.Value, StringComparer.Ordinal).ToList();
    }

    private async Task<Result<OrderSnapshot>> FollowAsync(string sym, KucoinStopView view, CancellationToken ct)
    {
        if (!view.Triggered) return view.Snapshot;
        var placed = view.Snapshot.ClientOrderId is { } c
            ? await HfByClientAsync(sym, c.Value, ct).ConfigureAwait(false)
            : await HfAsync(sym, view.Snapshot.ExchangeOrderId.Value, ct).ConfigureAwait(false);
        if (placed.IsSuccess) return placed.Value with { Type = view.Snapshot.Type, StopPrice = view.Snapshot.StopPrice };
        return placed.Error.Kind == ErrorKind.UnknownOrder
            ? new Error(ErrorKind.UnknownOrder, placed.Error.Code, $"kucoin: stop order {view.Snapshot.ExchangeOrderId} triggered but the order it placed is not visible yet.")
            : placed.Error;
    }

    private async Task<Result<OrderSnapshot>> HfAsync(string sym, string id, CancellationToken ct) =>
        Replies.Then(await client.GetOrderAsync(sym, id, ct).ConfigureAwait(false), KucoinOrderParser.Order);

    private async Task<Result<OrderSnapshot>> HfByClientAsync(string sym, string clientOid, CancellationToken ct) =>
        Replies.Then(await client.GetOrderByClientOidAsync(sym, clientOid, ct).ConfigureAwait(false), KucoinOrderParser.Order);

    private async Task<Result<OrderSnapshot>> StopByIdAsync(Symbol symbol, string id, CancellationToken ct)
    {
        var view = await StopViewByIdAsync(id, ct).ConfigureAwait(false);
        return view.IsSuccess ? await FollowAsync(KucoinSymbols.ToExchange(symbol), view.Value, ct).ConfigureAwait(false) : view.Error;
    }

    private async Task<Result<KucoinStopView>> StopViewByIdAsync(string id, CancellationToken ct) =>
        Replies.Then(await client.GetStopOrderAsync(id, ct).ConfigureAwait(false), KucoinOrderParser.StopOrder);

    private async Task<Result<KucoinStopView>> StopViewByClientAsync(string sym, string clientOid, CancellationToken ct)
    {
        var list = Replies.Then(await client.GetStopOrderByClientOidAsync(sym, clientOid, ct).ConfigureAwait(false), KucoinOrderParser.StopOrderList);
        if (!list.IsSuccess) return list.Error;
        return list.Value.Count > 0 ? list.Value[0] : new Error(ErrorKind.UnknownOrder, "not-found", $"kucoin: no order or stop order with clientOid {clientOid}.");
    }

    private OrderSnapshot Accepted(OrderRequest request, ExchangeOrderId id)
    {
        var now = clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(id, request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New, request.Price, request.StopPrice,
            request.Quantity, 0m, null, 0m, now, now);
    }

    private static string TimeInForceCode(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled or TimeInForce.PostOnly => "GTC",
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "No KuCoin code for this time in force."),
    };
}
