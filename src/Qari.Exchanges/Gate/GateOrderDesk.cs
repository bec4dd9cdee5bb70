using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Gate order handling for <see cref="GateExchange"/>. Limit and market orders are spot orders; resting stops are
/// price-triggered orders. Lookups try the spot order first (by id, or by <c>t-</c> text), then the price orders;
/// a fired price order is followed to the spot order it placed. Gate does not refuse a reused <c>text</c>, so the desk
/// refuses to send a client order id it has already sent (accepted or unknown outcome) from this adapter.
/// </summary>
internal sealed class GateOrderDesk(GateClient client)
{
    private const int Page = 100;
    private readonly GateSentTexts _sent = new(10_000);

    public async Task<Result<OrderSnapshot>> PlaceAsync(OrderRequest request, CancellationToken ct)
    {
        if (!GateClientIds.IsValid(GateClientIds.Prefix + request.ClientOrderId.Value))
            return Error.Validation("gate.client-id", $"client order id '{request.ClientOrderId}' does not fit Gate's text rule (t- + ≤ 28 of [0-9A-Za-z_.-]).");
        var text = GateClientIds.ToWire(request.ClientOrderId);
        var pair = GateSymbols.ToExchange(request.Symbol);
        if (!_sent.TryReserve(text))
            return new Error(ErrorKind.DuplicateClientOrderId, "gate.duplicate-text", $"gate: an order with text {text} was already sent; Gate does not refuse a reused text, so Qari does.");
        var placed = await SendAsync(request, text, pair, ct).ConfigureAwait(false);
        // A refused order never existed, so its id may be used again; an accepted or unknown one may not.
        if (!placed.IsSuccess && placed.Error.Kind is not ErrorKind.UnknownOutcome) _sent.Release(text);
        return placed;
    }

    private async Task<Result<OrderSnapshot>> SendAsync(OrderRequest request, string text, string pair, CancellationToken ct)
    {
        var side = request.Side == OrderSide.Buy ? "buy" : "sell";
        if (request.Type is OrderType.StopLimit or OrderType.StopMarket)
        {
            var isMarket = request.Type == OrderType.StopMarket;
            var body = GateClient.Json(new
            {
                // A sell stop fires when the last price falls to the trigger, a buy stop when it rises to it.
                trigger = new { price = F(request.StopPrice!.Value), rule = request.Side == OrderSide.Sell ? "<=" : ">=" },
                put = new
                {
                    type = isMarket ? "market" : "limit",
                    side,
                    // Gate requires a price on the put; a market put executes at market, the trigger is sent as its price.
                    price = F(isMarket ? request.StopPrice!.Value : request.Price!.Value),
                    amount = F(request.Quantity!.Value),
                    account = "normal",
                    time_in_force = isMarket ? "ioc" : "gtc",
                    text,
                },
                market = pair,
            });
            var id = Replies.Then(await client.PlacePriceOrderAsync(body, ct).ConfigureAwait(false), GateOrderParser.PricePlaced);
            if (!id.IsSuccess) return id.Error;
            var view = await PriceByIdAsync(id.Value.Value, ct).ConfigureAwait(false);
            return view.IsSuccess ? await FollowAsync(pair, view.Value, ct).ConfigureAwait(false) : view.Error;
        }
        if (request.Type == OrderType.Market && request.Side == OrderSide.Buy && request.Quantity is not null)
            return Error.Validation("gate.market-buy", "Gate sizes market buys in quote only; use OrderRequest.MarketBuyQuote.");
        var order = GateClient.Json(request.Type switch
        {
            OrderType.Limit => (object)new
            {
                text, currency_pair = pair, type = "limit", account = "spot", side, amount = F(request.Quantity!.Value), price = F(request.Price!.Value),
                time_in_force = TimeInForceCode(request.TimeInForce),
            },
            // Gate reads a market buy's amount as quote; a market sell's as base. Market orders need ioc or fok.
            OrderType.Market => new
            {
                text, currency_pair = pair, type = "market", account = "spot", side,
                amount = F(request.Quantity ?? request.QuoteAmount!.Value), time_in_force = "ioc",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type."),
        });
        return Replies.Then(await client.PlaceOrderAsync(order, ct).ConfigureAwait(false), GateOrderParser.Order);
    }

    public async Task<Result<OrderSnapshot>> CancelAsync(Symbol symbol, OrderRef order, CancellationToken ct)
    {
        var pair = GateSymbols.ToExchange(symbol);
        var key = order.ExchangeId?.Value ?? GateClientIds.ToWire(order.ClientId!.Value);
        var cancelled = Replies.Then(await client.CancelOrderAsync(pair, key, ct).ConfigureAwait(false), GateOrderParser.Order);
        if (cancelled.IsSuccess) return cancelled;
        // Already finished: its final state is the answer.
        if (GateErrorTable.IsAlreadyFinished(cancelled.Error)) return Replies.Then(await client.GetOrderAsync(pair, key, ct).ConfigureAwait(false), GateOrderParser.Order);
        if (cancelled.Error.Kind != ErrorKind.UnknownOrder) return cancelled.Error;
        var stop = order.ExchangeId is { } id ? await PriceByIdAsync(id.Value, ct).ConfigureAwait(false) : await PriceByClientAsync(pair, order.ClientId!.Value, ct).ConfigureAwait(false);
        if (!stop.IsSuccess) return cancelled.Error;
        if (stop.Value.Snapshot.Status != OrderStatus.New || stop.Value.FiredOrderId is not null) return await FollowAsync(pair, stop.Value, ct).ConfigureAwait(false);
        var gone = Replies.Then(await client.CancelPriceOrderAsync(stop.Value.Snapshot.ExchangeOrderId.Value, ct).ConfigureAwait(false), GateOrderParser.PriceOrder);
        return gone.IsSuccess ? gone.Value.Snapshot : gone.Error;
    }

    public async Task<Result<OrderSnapshot>> GetAsync(Symbol symbol, OrderRef order, CancellationToken ct)
    {
        var pair = GateSymbols.ToExchange(symbol);
        var key = order.ExchangeId?.Value ?? GateClientIds.ToWire(order.ClientId!.Value);
        var spot = Replies.Then(await client.GetOrderAsync(pair, key, ct).ConfigureAwait(false), GateOrderParser.Order);
        if (spot.IsSuccess || spot.Error.Kind != ErrorKind.UnknownOrder) return spot;
        var stop = order.ExchangeId is { } id ? await PriceByIdAsync(id.Value, ct).ConfigureAwait(false) : await PriceByClientAsync(pair, order.ClientId!.Value, ct).ConfigureAwait(false);
        return stop.IsSuccess ? await FollowAsync(pair, stop.Value, ct).ConfigureAwait(false) : spot.Error;
    }

    public async Task<Result<IReadOnlyList<OrderSnapshot>>> OpenAsync(Symbol? symbol, CancellationToken ct)
    {
        var open = new List<OrderSnapshot>();
        var pair = symbol is { } s ? GateSymbols.ToExchange(s) : null;
        for (var page = 1; ; page++)
        {
            var batch = pair is null
                ? Replies.Then(await client.OpenOrdersAsync(page, Page, ct).ConfigureAwait(false), GateOrderParser.OpenOrdersAll)
                : Replies.Then(await client.OrdersAsync(pair, "open", page, Page, ct).ConfigureAwait(false), GateOrderParser.Orders);
            if (!batch.IsSuccess) return batch.Error;
            open.AddRange(batch.Value);
            if (batch.Value.Count < Page) break;
        }
        for (var offset = 0; ; offset += Page)
        {
            var stops = Replies.Then(await client.PriceOrdersAsync("open", pair, offset, Page, ct).ConfigureAwait(false), GateOrderParser.PriceOrders);
            if (!stops.IsSuccess) return stops.Error;
            open.AddRange(stops.Value.Where(v => v.FiredOrderId is null && v.Snapshot.Status == OrderStatus.New).Select(v => v.Snapshot));
            if (stops.Value.Count < Page) break;
        }
        return open.OrderBy(o => o.CreatedMs).ThenBy(o => o.ExchangeOrderId.Value, StringComparer.Ordinal).ToList();
    }

    private async Task<Result<OrderSnapshot>> FollowAsync(string pair, GatePriceView view, CancellationToken ct)
    {
        if (view.FiredOrderId is not { } fired) return view.Snapshot;
        var placed = Replies.Then(await client.GetOrderAsync(pair, fired, ct).ConfigureAwait(false), GateOrderParser.Order);
        if (!placed.IsSuccess) return placed.Error;
        // The stop keeps its own id and client id; status and fills are those of the order it placed.
        return placed.Value with
        {
            ExchangeOrderId = view.Snapshot.ExchangeOrderId,
            ClientOrderId = view.Snapshot.ClientOrderId ?? placed.Value.ClientOrderId,
            Type = view.Snapshot.Type,
            StopPrice = view.Snapshot.StopPrice,
            Price = view.Snapshot.Price,
            Quantity = view.Snapshot.Quantity,
            CreatedMs = view.Snapshot.CreatedMs,
        };
    }

    private async Task<Result<GatePriceView>> PriceByIdAsync(string id, CancellationToken ct)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            return new Error(ErrorKind.UnknownOrder, "not-found", $"gate: '{id}' is not a price-triggered order id.");
        return Replies.Then(await client.GetPriceOrderAsync(id, ct).ConfigureAwait(false), GateOrderParser.PriceOrder);
    }

    private async Task<Result<GatePriceView>> PriceByClientAsync(string pair, ClientOrderId clientId, CancellationToken ct)
    {
        // Gate cannot look a price order up by text: scan this pair's open, then finished, price orders.
        foreach (var status in new[] { "open", "finished" })
        {
            for (var offset = 0; ; offset += Page)
            {
                var list = Replies.Then(await client.PriceOrdersAsync(status, pair, offset, Page, ct).ConfigureAwait(false), GateOrderParser.PriceOrders);
                if (!list.IsSuccess) return list.Error;
                var match = list.Value.FirstOrDefault(v => v.Snapshot.ClientOrderId == clientId);
                if (match is not null) return match;
                if (list.Value.Count < Page) break;
            }
        }
        return new Error(ErrorKind.UnknownOrder, "not-found", $"gate: no order or price-triggered order with text {GateClientIds.ToWire(clientId)} on {pair}.");
    }

    private static string F(decimal value) => Http.QueryBuilder.Format(value);

    private static string TimeInForceCode(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled => "gtc",
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.PostOnly => "poc",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "No Gate code for this time in force."),
    };
}
