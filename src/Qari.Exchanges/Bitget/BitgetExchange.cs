using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;
using static Qari.Exchanges.Common.Replies;

namespace Qari.Exchanges.Bitget;

/// <summary>
/// The Bitget v2 spot adapter behind <see cref="ISpotExchange"/>. Resting stops are Bitget <b>plan orders</b>
/// (trigger + market or limit), which live on their own endpoints: get, cancel and open-order calls look at the
/// normal spot orders first and then at the plan orders.
/// </summary>
public sealed partial class BitgetExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.bitget.com");

    /// <summary>Candles per request.</summary>
    public const int MaxCandles = 1000;

    private const int FillsPage = 100;
    private static readonly TimeSpan PlanHistoryWindow = TimeSpan.FromDays(90);
    private static readonly TimeSpan FillHistory = TimeSpan.FromDays(90);
    private readonly BitgetClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly BitgetSymbolMapper _mapper = new();

    /// <summary>Creates the adapter for one key (null: public data only) on a pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public BitgetExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = Pipelines.Require(http, ExchangeId.Bitget, "Bitget");
        _client = new BitgetClient(http, credentials);
    }

    /// <summary>The shared pipeline for Bitget at <paramref name="options"/>' base URL.</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Bitget, http, options, new BitgetSigner(), BitgetRateLimits.Policy, limits, time,
            new ServerTimeSource(BitgetEndpoints.Time, reply => BitgetParser.ServerTimeReply(reply.Body)), logger);

    /// <summary>What Bitget offers on spot.</summary>
    public static ExchangeCapabilities BitgetCapabilities { get; } = new(
        StopOrderForm.Plan,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: true,
        DuplicateClientIdBehaviour.AlwaysRejected,
        MaxCandlesPerRequest: MaxCandles,
        Timeframes: [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bitget;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => BitgetCapabilities;

    /// <summary>Bitget's granularity name for a timeframe.</summary>
    public static string Granularity(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "1min",
        Timeframe.M5 => "5min",
        Timeframe.M15 => "15min",
        Timeframe.H1 => "1h",
        Timeframe.H4 => "4h",
        Timeframe.D1 => "1day",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "No Bitget granularity."),
    };

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), BitgetParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.SymbolsAsync(cancellationToken).ConfigureAwait(false), d => BitgetParser.Instruments(d, _mapper));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        return await CandlePaging.ForwardAsync(fromMs, toMs, timeframe.Milliseconds(), async cursor =>
            Then(await _client.CandlesAsync(BitgetSymbolMapper.ToExchange(symbol), Granularity(timeframe), cursor, toMs - 1, MaxCandles, cancellationToken).ConfigureAwait(false),
                BitgetParser.Candles)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) =>
        Then(await _client.OrderBookAsync(BitgetSymbolMapper.ToExchange(symbol), Math.Clamp(depth, 1, 150), cancellationToken).ConfigureAwait(false),
            d => BitgetParser.Book(d, symbol));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) =>
        Then(await _client.TickersAsync(cancellationToken).ConfigureAwait(false), d => BitgetParser.Tickers(d, _mapper));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.AssetsAsync(cancellationToken).ConfigureAwait(false), BitgetParser.Balances);

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (!ClientIdRule().IsMatch(request.ClientOrderId.Value))
            return Error.Validation("bitget.client-id", $"client order id '{request.ClientOrderId}' does not fit Bitget's clientOid (1-50 of A-Z a-z 0-9 _ -).");
        if (request.Type == OrderType.Market && request.Side == OrderSide.Buy && request.QuoteAmount is null)
            return Error.Validation("bitget.market-buy", "Bitget sizes market buys in the quote coin; use a market buy by quote amount.");
        _mapper.Learn(request.Symbol);
        var body = new JsonObject
        {
            ["symbol"] = BitgetSymbolMapper.ToExchange(request.Symbol),
            ["side"] = request.Side == OrderSide.Buy ? "buy" : "sell",
        };
        var plan = request.Type is OrderType.StopMarket or OrderType.StopLimit;
        switch (request.Type)
        {
            case OrderType.Limit:
                body["orderType"] = "limit";
                body["force"] = Force(request.TimeInForce);
                body["price"] = QueryBuilder.Format(request.Price!.Value);
                body["size"] = QueryBuilder.Format(request.Quantity!.Value);
                break;
            case OrderType.Market:
                body["orderType"] = "market";
                body["size"] = QueryBuilder.Format(request.Quantity ?? request.QuoteAmount!.Value);
                break;
            case OrderType.StopMarket or OrderType.StopLimit:
                body["triggerPrice"] = QueryBuilder.Format(request.StopPrice!.Value);
                body["orderType"] = request.Type == OrderType.StopLimit ? "limit" : "market";
                if (request.Type == OrderType.StopLimit) body["executePrice"] = QueryBuilder.Format(request.Price!.Value);
                body["size"] = QueryBuilder.Format(request.Quantity!.Value);
                body["triggerType"] = "fill_price";
                body["planType"] = "amount";
                body["force"] = "gtc";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type.");
        }
        body["clientOid"] = request.ClientOrderId.Value;
        var placed = plan
            ? await _client.PlacePlanOrderAsync(body, cancellationToken).ConfigureAwait(false)
            : await _client.PlaceOrderAsync(body, cancellationToken).ConfigureAwait(false);
        var ids = Then(placed, BitgetOrderParser.Ids);
        if (!ids.IsSuccess) return ids.Error;
        var id = OrderRef.ByExchangeId(new ExchangeOrderId(ids.Value.OrderId));
        var read = await GetOrderAsync(request.Symbol, id, cancellationToken).ConfigureAwait(false);
        // The order was accepted; if the read-back fails, report the acknowledgement rather than an error.
        return read.IsSuccess ? read : Acknowledged(request, ids.Value.OrderId);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        _mapper.Learn(symbol);
        var cancelled = await _client.CancelOrderAsync(BitgetSymbolMapper.ToExchange(symbol), order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess && cancelled.Error.Kind == ErrorKind.UnknownOrder)
            cancelled = await _client.CancelPlanOrderAsync(order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess) return cancelled.Error;
        return await GetOrderAsync(symbol, order, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        _mapper.Learn(symbol);
        var spot = Then(await _client.OrderInfoAsync(order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false),
            d => BitgetOrderParser.Orders(d, _mapper));
        if (spot.IsSuccess && spot.Value.Count > 0) return spot.Value[0];
        if (!spot.IsSuccess && spot.Error.Kind != ErrorKind.UnknownOrder) return spot.Error;
        var plans = await PlanOrdersAsync(symbol, includeHistory: true, cancellationToken).ConfigureAwait(false);
        if (!plans.IsSuccess) return plans.Error;
        var found = plans.Value.LastOrDefault(p => order.ExchangeId is { } e ? p.ExchangeOrderId == e : p.ClientOrderId == order.ClientId);
        return found is not null ? found : new Error(ErrorKind.UnknownOrder, "43001", $"bitget: {order} on {symbol} not found among spot or plan orders.");
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        if (symbol is { } s) _mapper.Learn(s);
        var spot = Then(await _client.UnfilledOrdersAsync(symbol is { } x ? BitgetSymbolMapper.ToExchange(x) : null, cancellationToken).ConfigureAwait(false),
            d => BitgetOrderParser.Orders(d, _mapper));
        if (!spot.IsSuccess) return spot.Error;
        var plans = Then(await _client.CurrentPlanOrdersAsync(symbol is { } y ? BitgetSymbolMapper.ToExchange(y) : null, cancellationToken).ConfigureAwait(false),
            d => BitgetOrderParser.PlanOrders(d, _mapper));
        if (!plans.IsSuccess) return plans.Error;
        return spot.Value.Concat(plans.Value.Where(p => p.Status == OrderStatus.New)).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        // Bitget serves fills of the last 90 days only, with at most 90 days between startTime and endTime; the default
        // end for a lone startTime is undocumented, so both are always sent.
        var end = (_http.Clock.Now + TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds();
        var start = Math.Max(sinceMs, end - (long)FillHistory.TotalMilliseconds + 1);
        var fills = new List<Fill>();
        string? before = null;
        while (true)
        {
            var page = Then(await _client.FillsAsync(BitgetSymbolMapper.ToExchange(symbol), start, end, before, FillsPage, cancellationToken).ConfigureAwait(false),
                d => BitgetOrderParser.Fills(d, symbol));
            if (!page.IsSuccess) return page.Error;
            fills.AddRange(page.Value.Where(f => f.TimeMs >= sinceMs));
            if (page.Value.Count < FillsPage) break;
            before = page.Value.MinBy(f => long.Parse(f.TradeId, System.Globalization.CultureInfo.InvariantCulture))!.TradeId;
        }
        return fills.DistinctBy(f => f.TradeId).OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.AccountInfoAsync(cancellationToken).ConfigureAwait(false), BitgetParser.KeyReport);

    private async Task<Result<IReadOnlyList<OrderSnapshot>>> PlanOrdersAsync(Symbol symbol, bool includeHistory, CancellationToken ct)
    {
        var name = BitgetSymbolMapper.ToExchange(symbol);
        var current = Then(await _client.CurrentPlanOrdersAsync(name, ct).ConfigureAwait(false), d => BitgetOrderParser.PlanOrders(d, _mapper));
        if (!current.IsSuccess || !includeHistory) return current;
        var now = _http.Clock.Now;
        var history = Then(await _client.HistoryPlanOrdersAsync(name, (now - PlanHistoryWindow).ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), ct).ConfigureAwait(false),
            d => BitgetOrderParser.PlanOrders(d, _mapper));
        if (!history.IsSuccess) return history.Error;
        return history.Value.Concat(current.Value).ToList();
    }

    private OrderSnapshot Acknowledged(OrderRequest request, string orderId)
    {
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(new ExchangeOrderId(orderId), request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New,
            request.Price, request.StopPrice, request.Quantity, 0m, null, 0m, now, now);
    }

    private static string Force(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled => "gtc",
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.PostOnly => "post_only",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "No Bitget force for this time in force."),
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex ClientIdRule();
}
