using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>
/// The OKX v5 spot adapter (cash trade mode) behind <see cref="ISpotExchange"/>. Limit and market orders use
/// <c>/trade/order</c>; stops are conditional algo orders, found and cancelled through the algo endpoints and
/// reported, once triggered, with the state of the order they placed.
/// </summary>
public sealed class OkxExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://www.okx.com");

    private static readonly TimeSpan RecentFills = TimeSpan.FromDays(3);
    private readonly OkxClient _client;
    private readonly ExchangeHttpClient _http;

    /// <summary>Creates the adapter for one key (null: public data only) on a shared pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public OkxExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = Pipelines.Require(http, ExchangeId.Okx, "OKX");
        _client = new OkxClient(http, credentials);
    }

    /// <summary>The shared pipeline for OKX at <paramref name="options"/>' base URL (one per node and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Okx, http, options, new OkxSigner(), OkxRateLimits.Policy, limits, time,
            new ServerTimeSource(OkxEndpoints.ServerTime, reply => OkxParser.ParseServerTime(reply.Body)), logger);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Okx;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => OkxCapabilities.Value;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), OkxParser.ParseServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.InstrumentsAsync(cancellationToken).ConfigureAwait(false), OkxParser.ParseInstruments);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        // Newest first, paged backwards with `after` (strictly older than). /market/candles holds only the recent
        // bars; when it runs dry the walk continues on /market/history-candles.
        var all = new SortedDictionary<long, Candle>();
        var instId = OkxSymbolMapper.ToExchange(symbol);
        var bar = OkxCapabilities.Bar(timeframe);
        var history = false;
        for (var after = toMs; after > fromMs;)
        {
            var limit = history ? OkxCapabilities.MaxHistoryCandlesPerRequest : OkxCapabilities.MaxCandlesPerRequest;
            var page = Then(await _client.CandlesAsync(history, instId, bar, after, limit, cancellationToken).ConfigureAwait(false), OkxParser.ParseCandles);
            if (!page.IsSuccess) return page.Error;
            foreach (var c in page.Value.Where(c => c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)) all[c.OpenTimeMs] = c;
            if (page.Value.Count == 0 || page.Value.Count < limit)
            {
                if (history) break;
                history = true;
                if (page.Value.Count > 0) after = Math.Min(after, page.Value[0].OpenTimeMs);
                continue;
            }
            var oldest = page.Value[0].OpenTimeMs;
            if (oldest >= after) break;
            after = oldest;
        }
        return all.Values.ToList();
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) =>
        Then(await _client.BooksAsync(OkxSymbolMapper.ToExchange(symbol), Math.Clamp(depth, 1, 400), cancellationToken).ConfigureAwait(false),
            b => OkxParser.ParseOrderBook(b, symbol));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) =>
        Then(await _client.TickersAsync(cancellationToken).ConfigureAwait(false), OkxParser.ParseTickers);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.BalanceAsync(cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseBalances);

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OkxCapabilities.IsValidClientOrderId(request.ClientOrderId.Value))
            return Error.Validation("okx.client-id", $"client order id '{request.ClientOrderId}' does not fit OKX's clOrdId rule (1-32 letters or digits).");
        var instId = OkxSymbolMapper.ToExchange(request.Symbol);
        var body = OkxOrderBodies.Create(request, instId);
        var ack = OkxOrderBodies.IsAlgo(request)
            ? Then(await _client.PlaceAlgoAsync(body, cancellationToken).ConfigureAwait(false), b => OkxTradeParser.ParseAlgoAck(b, "trade/order-algo"))
            : Then(await _client.PlaceOrderAsync(body, cancellationToken).ConfigureAwait(false), b => OkxTradeParser.ParseOrderAck(b, "trade/order"));
        if (!ack.IsSuccess) return ack.Error;
        // The acknowledgement carries ids only; read the order back. If that fails the order is still accepted:
        // report the exchange's initial state rather than a failure.
        var placed = await GetOrderAsync(request.Symbol, OrderRef.ByExchangeId(ack.Value), cancellationToken).ConfigureAwait(false);
        if (placed.IsSuccess) return placed;
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(ack.Value, request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New,
            request.Type is OrderType.Limit or OrderType.StopLimit ? request.Price : null, request.StopPrice, request.Quantity, 0m, null, 0m, now, now);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        var existing = await GetOrderAsync(symbol, order, cancellationToken).ConfigureAwait(false);
        if (!existing.IsSuccess) return existing.Error;
        var instId = OkxSymbolMapper.ToExchange(symbol);
        var id = existing.Value.ExchangeOrderId.Value;
        var cancelled = existing.Value.Type is OrderType.StopMarket or OrderType.StopLimit
            ? Then(await _client.CancelAlgoAsync(instId, id, cancellationToken).ConfigureAwait(false), b => OkxTradeParser.ParseAlgoAck(b, "trade/cancel-algos"))
            : Then(await _client.CancelOrderAsync(instId, id, cancellationToken).ConfigureAwait(false), b => OkxTradeParser.ParseOrderAck(b, "trade/cancel-order"));
        if (!cancelled.IsSuccess) return cancelled.Error;
        return await GetOrderAsync(symbol, OrderRef.ByExchangeId(existing.Value.ExchangeOrderId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        var instId = OkxSymbolMapper.ToExchange(symbol);
        var regular = Then(await _client.GetOrderAsync(instId, order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false),
            OkxTradeParser.ParseOrders);
        if (regular.IsSuccess && regular.Value.Count > 0) return regular.Value[0];
        if (!regular.IsSuccess && regular.Error.Kind != ErrorKind.UnknownOrder) return regular.Error;
        // Not a regular order: it may be a stop (algo order), which has its own ids.
        var algo = Then(await _client.GetAlgoAsync(order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false),
            OkxTradeParser.ParseAlgoOrders);
        if (!algo.IsSuccess) return algo.Error;
        if (algo.Value.Count == 0) return new Error(ErrorKind.UnknownOrder, "51603", $"okx: no {order} on {symbol}.");
        return await WithTriggeredOrderAsync(instId, algo.Value[0], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        var instId = symbol is { } s ? OkxSymbolMapper.ToExchange(s) : null;
        var all = new List<OrderSnapshot>();
        for (string? after = null; ;)
        {
            var page = Then(await _client.OrdersPendingAsync(instId, after, cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseOrders);
            if (!page.IsSuccess) return page.Error;
            all.AddRange(page.Value);
            if (page.Value.Count < 100) break;
            after = page.Value[^1].ExchangeOrderId.Value;
        }
        for (string? after = null; ;)
        {
            var page = Then(await _client.AlgoPendingAsync(instId, after, cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseAlgoOrders);
            if (!page.IsSuccess) return page.Error;
            all.AddRange(page.Value.Select(a => a.Snapshot));
            if (page.Value.Count < 100) break;
            after = page.Value[^1].Snapshot.ExchangeOrderId.Value;
        }
        return all;
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        var instId = OkxSymbolMapper.ToExchange(symbol);
        // /trade/fills keeps 3 days; older starts need /trade/fills-history (3 months).
        var history = sinceMs < (_http.Clock.Now - RecentFills).ToUnixTimeMilliseconds();
        var fills = new List<Fill>();
        for (string? after = null; ;)
        {
            var page = Then(await _client.FillsAsync(history, instId, sinceMs, after, cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseFills);
            if (!page.IsSuccess) return page.Error;
            fills.AddRange(page.Value.Fills);
            if (page.Value.Fills.Count < 100 || page.Value.LastBillId is null || page.Value.LastBillId == after) break;
            after = page.Value.LastBillId;
        }
        var ordered = fills.Where(f => f.TimeMs >= sinceMs).DistinctBy(f => f.TradeId)
            .OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
        return await AttributeStopFillsAsync(instId, ordered, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fills of an order placed by a triggered stop carry that child order's id and no client id; look each such
    /// order up once and report its fills under the stop's algo ids, the identity Qari placed the stop with.
    /// </summary>
    private async Task<Result<IReadOnlyList<Fill>>> AttributeStopFillsAsync(string instId, List<Fill> fills, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<ExchangeOrderId, OrderSnapshot>();
        foreach (var orderId in fills.Where(f => f.ClientOrderId is null).Select(f => f.ExchangeOrderId).Distinct())
        {
            var order = Then(await _client.GetOrderAsync(instId, orderId.Value, null, cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseOrders);
            if (!order.IsSuccess) return order.Error;
            if (order.Value.Count > 0 && order.Value[0].ExchangeOrderId != orderId) owners[orderId] = order.Value[0];
        }
        if (owners.Count == 0) return fills;
        return fills.Select(f => owners.TryGetValue(f.ExchangeOrderId, out var stop)
            ? f with { ExchangeOrderId = stop.ExchangeOrderId, ClientOrderId = stop.ClientOrderId }
            : f).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.AccountConfigAsync(cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseKeyReport);

    private async Task<Result<OrderSnapshot>> WithTriggeredOrderAsync(string instId, OkxAlgoView view, CancellationToken cancellationToken)
    {
        if (!view.Triggered || view.TriggeredOrderId is null) return view.Snapshot;
        // The stop fired: its outcome is the state and fills of the order it placed.
        var child = Then(await _client.GetOrderAsync(instId, view.TriggeredOrderId, null, cancellationToken).ConfigureAwait(false), OkxTradeParser.ParseOrders);
        if (!child.IsSuccess) return child.Error;
        if (child.Value.Count == 0) return view.Snapshot;
        var c = child.Value[0];
        return view.Snapshot with
        {
            Status = c.Status,
            FilledQuantity = c.FilledQuantity,
            AverageFillPrice = c.AverageFillPrice,
            FilledQuote = c.FilledQuote,
            UpdatedMs = Math.Max(view.Snapshot.UpdatedMs, c.UpdatedMs),
        };
    }

    private Result<T> Then<T>(Result<string> body, Func<string, Result<T>> parse)
    {
        var result = body.IsSuccess ? parse(body.Value) : body.Error;
        // A timestamp rejection means our clock offset is stale: measure again before the next signed call.
        if (!result.IsSuccess && result.Error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return result;
    }
}
