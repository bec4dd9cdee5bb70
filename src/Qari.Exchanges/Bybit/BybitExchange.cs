using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// The Bybit v5 spot adapter (<c>category=spot</c>, unified account) behind <see cref="ISpotExchange"/>: raw client
/// + parsers + symbol mapper. Stops are spot TP/SL orders (<c>orderFilter=tpslOrder</c>).
/// </summary>
public sealed class BybitExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.bybit.com");

    private static readonly TimeSpan ExecutionWindow = TimeSpan.FromDays(7);
    private static readonly TimeSpan ExecutionHistory = TimeSpan.FromDays(730);
    private readonly BybitClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly BybitSymbolMapper _mapper = new();

    /// <summary>Creates the adapter for one key (null: public data only) on a shared pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public BybitExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = Pipelines.Require(http, ExchangeId.Bybit, "Bybit");
        _client = new BybitClient(http, credentials);
    }

    /// <summary>The shared pipeline for Bybit at <paramref name="options"/>' base URL (one per node and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Bybit, http, options, new BybitSigner(), BybitRateLimits.Policy, limits, time,
            new ServerTimeSource(BybitEndpoints.ServerTime, reply => BybitParser.ParseServerTime(reply.Body)), logger);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bybit;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => BybitCapabilities.Value;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), BybitParser.ParseServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken)
    {
        var all = new List<Instrument>();
        string? cursor = null;
        do
        {
            var page = Then(await _client.InstrumentsAsync(cursor, cancellationToken).ConfigureAwait(false), b => BybitParser.ParseInstruments(b, _mapper));
            if (!page.IsSuccess) return page.Error;
            all.AddRange(page.Value.Instruments);
            cursor = page.Value.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        // Bybit answers the newest candles of [start, end] first, so pages walk backwards from the end.
        var all = new SortedDictionary<long, Candle>();
        var interval = BybitCapabilities.Interval(timeframe);
        for (var end = toMs - 1; end >= fromMs;)
        {
            var page = Then(await _client.KlinesAsync(BybitSymbolMapper.ToExchange(symbol), interval, fromMs, end, BybitCapabilities.MaxCandlesPerRequest, cancellationToken).ConfigureAwait(false),
                BybitParser.ParseKlines);
            if (!page.IsSuccess) return page.Error;
            if (page.Value.Count == 0) break;
            foreach (var c in page.Value.Where(c => c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)) all[c.OpenTimeMs] = c;
            var oldest = page.Value[0].OpenTimeMs;
            if (page.Value.Count < BybitCapabilities.MaxCandlesPerRequest || oldest - 1 >= end) break;
            end = oldest - 1;
        }
        return all.Values.ToList();
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) =>
        Then(await _client.OrderBookAsync(BybitSymbolMapper.ToExchange(symbol), Math.Clamp(depth, 1, 200), cancellationToken).ConfigureAwait(false),
            b => BybitParser.ParseOrderBook(b, symbol));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) =>
        Then(await _client.TickersAsync(cancellationToken).ConfigureAwait(false),
            b => BybitParser.ParseTickers(b, _mapper, _http.Clock.Now.ToUnixTimeMilliseconds()));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.WalletBalanceAsync(cancellationToken).ConfigureAwait(false), BybitTradeParser.ParseBalances);

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!BybitCapabilities.IsValidClientOrderId(request.ClientOrderId.Value))
            return Error.Validation("bybit.client-id", $"client order id '{request.ClientOrderId}' does not fit Bybit's orderLinkId rule (1-36 of A-Z a-z 0-9 _ -).");
        var exchangeSymbol = BybitSymbolMapper.ToExchange(request.Symbol);
        _mapper.Learn(exchangeSymbol, request.Symbol);
        var body = BybitOrderBodies.Create(request, exchangeSymbol);
        var ack = Then(await _client.CreateOrderAsync(body, cancellationToken).ConfigureAwait(false), b => BybitTradeParser.ParseAck(b, "order/create"));
        if (!ack.IsSuccess) return ack.Error;
        // Bybit acknowledges with ids only; read the order back for its state. If that read fails, the order is
        // nevertheless accepted: report it as the exchange's documented initial state rather than as a failure.
        var placed = await GetOrderAsync(request.Symbol, OrderRef.ByExchangeId(ack.Value.OrderId), cancellationToken).ConfigureAwait(false);
        if (placed.IsSuccess) return placed;
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(ack.Value.OrderId, request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New,
            request.Type is OrderType.Limit or OrderType.StopLimit ? request.Price : null, request.StopPrice, request.Quantity, 0m, null, 0m, now, now);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        // A TP/SL order is cancelled only when named with orderFilter=tpslOrder, so look the order up first.
        var existing = await GetOrderAsync(symbol, order, cancellationToken).ConfigureAwait(false);
        if (!existing.IsSuccess) return existing.Error;
        var isStop = existing.Value.Type is OrderType.StopMarket or OrderType.StopLimit;
        var cancelled = Then(await _client.CancelOrderAsync(BybitSymbolMapper.ToExchange(symbol), existing.Value.ExchangeOrderId.Value, null,
            isStop ? "tpslOrder" : null, cancellationToken).ConfigureAwait(false), b => BybitTradeParser.ParseAck(b, "order/cancel"));
        if (!cancelled.IsSuccess) return cancelled.Error;
        return await GetOrderAsync(symbol, OrderRef.ByExchangeId(existing.Value.ExchangeOrderId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        _mapper.Learn(BybitSymbolMapper.ToExchange(symbol), symbol);
        var orderId = order.ExchangeId?.Value;
        var linkId = order.ClientId?.Value;
        var live = Then(await _client.RealtimeOrdersAsync(BybitSymbolMapper.ToExchange(symbol), orderId, linkId, null, cancellationToken).ConfigureAwait(false),
            b => BybitTradeParser.ParseOrders(b, _mapper));
        if (!live.IsSuccess) return live.Error;
        if (Match(live.Value.Orders, order) is { } found) return found;
        var closed = Then(await _client.OrderHistoryAsync(orderId, linkId, cancellationToken).ConfigureAwait(false), b => BybitTradeParser.ParseOrders(b, _mapper));
        if (!closed.IsSuccess) return closed.Error;
        return Match(closed.Value.Orders, order) is { } old
            ? old
            : new Error(ErrorKind.UnknownOrder, "170213", $"bybit: no spot {order} on {symbol}.");
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        if (symbol is { } s) _mapper.Learn(BybitSymbolMapper.ToExchange(s), s);
        var all = new List<OrderSnapshot>();
        string? cursor = null;
        do
        {
            var page = Then(await _client.RealtimeOrdersAsync(symbol is { } sym ? BybitSymbolMapper.ToExchange(sym) : null, null, null, cursor, cancellationToken).ConfigureAwait(false),
                b => BybitTradeParser.ParseOrders(b, _mapper));
            if (!page.IsSuccess) return page.Error;
            all.AddRange(page.Value.Orders.Where(o => !o.Status.IsFinal()));
            cursor = page.Value.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        _mapper.Learn(BybitSymbolMapper.ToExchange(symbol), symbol);
        var now = _http.Clock.Now;
        var start = Math.Max(sinceMs, (now - ExecutionHistory).ToUnixTimeMilliseconds());
        var end = (now + TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds();
        var fills = new List<Fill>();
        // The execution list takes at most 7 days per query: walk the range window by window.
        for (var from = start; from < end; from += (long)ExecutionWindow.TotalMilliseconds)
        {
            var to = Math.Min(end, from + (long)ExecutionWindow.TotalMilliseconds - 1);
            string? cursor = null;
            do
            {
                var page = Then(await _client.ExecutionsAsync(BybitSymbolMapper.ToExchange(symbol), from, to, cursor, cancellationToken).ConfigureAwait(false),
                    b => BybitTradeParser.ParseFills(b, _mapper));
                if (!page.IsSuccess) return page.Error;
                fills.AddRange(page.Value.Fills);
                cursor = page.Value.NextCursor;
            }
            while (cursor is not null);
        }
        return fills.Where(f => f.TimeMs >= sinceMs).DistinctBy(f => f.TradeId)
            .OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.QueryApiAsync(cancellationToken).ConfigureAwait(false), BybitTradeParser.ParseKeyReport);

    private static OrderSnapshot? Match(IReadOnlyList<OrderSnapshot> orders, OrderRef order) =>
        orders.FirstOrDefault(o => order.ExchangeId is { } id ? o.ExchangeOrderId == id : o.ClientOrderId == order.ClientId);

    private Result<T> Then<T>(Result<string> body, Func<string, Result<T>> parse)
    {
        var result = body.IsSuccess ? parse(body.Value) : body.Error;
        // A timestamp rejection means our clock offset is stale: measure again before the next signed call.
        if (!result.IsSuccess && result.Error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return result;
    }
}
