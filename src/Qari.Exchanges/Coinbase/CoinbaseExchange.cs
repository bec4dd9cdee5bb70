using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
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

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// The Coinbase Advanced Trade adapter behind <see cref="ISpotExchange"/>. Stops are <c>stop_limit_stop_limit_gtc</c>;
/// Coinbase has no spot stop-market, so a stop-market request is sent as a stop-limit whose limit lies
/// <see cref="StopMarketSlippage"/> through the trigger (rounded to the product's price increment). Client ids are
/// mapped to deterministic UUIDs (<see cref="CoinbaseClientIds"/>); Coinbase returns the existing order on a retry.
/// </summary>
public sealed class CoinbaseExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.coinbase.com");

    /// <summary>Candles per request.</summary>
    public const int MaxCandles = 350;

    /// <summary>How far through the trigger the limit of an emulated stop-market lies (5%).</summary>
    public const decimal StopMarketSlippage = 0.05m;

    private const int MaxOrderPages = 20;
    private readonly CoinbaseClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly CoinbaseClientIds _ids = new();
    private readonly ConcurrentDictionary<Symbol, InstrumentRules> _rules = new();

    /// <summary>Creates the adapter for one key (null: public data only) on a pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public CoinbaseExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = Pipelines.Require(http, ExchangeId.Coinbase, "Coinbase");
        _client = new CoinbaseClient(http, credentials);
    }

    /// <summary>The shared pipeline for Coinbase at <paramref name="options"/>' base URL (the JWT's uri claim names its host).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Coinbase, http, options, new CoinbaseSigner(options.BaseUrl), CoinbaseRateLimits.Policy, limits, time,
            new ServerTimeSource(CoinbaseEndpoints.Time, reply => CoinbaseParser.ServerTime(reply.Body)), logger);

    /// <summary>What Coinbase offers on spot.</summary>
    public static ExchangeCapabilities CoinbaseCapabilities { get; } = new(
        StopOrderForm.StopLimit,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: false,
        DuplicateClientIdBehaviour.ReturnsExisting,
        MaxCandlesPerRequest: MaxCandles,
        Timeframes: [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.D1]);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Coinbase;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => CoinbaseCapabilities;

    /// <summary>The UUID sent as client_order_id for Qari's id (to match orders listed after a restart).</summary>
    public static string WireClientId(ClientOrderId id) => CoinbaseClientIds.ToUuid(id.Value);

    /// <summary>Coinbase's granularity for a timeframe (there is no 4h: build it from 1h).</summary>
    public static string Granularity(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "ONE_MINUTE",
        Timeframe.M5 => "FIVE_MINUTE",
        Timeframe.M15 => "FIFTEEN_MINUTE",
        Timeframe.H1 => "ONE_HOUR",
        Timeframe.D1 => "ONE_DAY",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "No Coinbase granularity (4h is built from 1h)."),
    };

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), CoinbaseParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken)
    {
        var result = Then(await _client.ProductsAsync(cancellationToken).ConfigureAwait(false), CoinbaseParser.Instruments);
        if (result.IsSuccess) foreach (var i in result.Value) _rules[i.Symbol] = i.Rules;
        return result;
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        if (timeframe == Timeframe.H4) return Error.Validation("coinbase.timeframe", "Coinbase has no 4h candles; aggregate 1h candles.");
        return await CandlePaging.ByWindowsAsync(fromMs, fromMs, toMs, MaxCandles * timeframe.Milliseconds(), async (cursor, windowEnd) =>
            Then(await _client.CandlesAsync(CoinbaseSymbolMapper.ToExchange(symbol), cursor / 1000, (windowEnd - 1) / 1000, Granularity(timeframe), cancellationToken).ConfigureAwait(false),
                CoinbaseParser.Candles)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) =>
        Then(await _client.ProductBookAsync(CoinbaseSymbolMapper.ToExchange(symbol), Math.Clamp(depth, 1, 500), cancellationToken).ConfigureAwait(false),
            b => CoinbaseParser.Book(b, symbol));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken)
    {
        var products = await _client.ProductsAsync(cancellationToken).ConfigureAwait(false);
        if (!products.IsSuccess) return products.Error;
        var books = await _client.BestBidAskAsync(cancellationToken).ConfigureAwait(false);
        if (!books.IsSuccess) return books.Error;
        return CoinbaseParser.Tickers(products.Value, books.Value, _http.Clock.Now.ToUnixTimeMilliseconds());
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        var balances = new List<Balance>();
        string? cursor = null;
        do
        {
            var page = Then(await _client.AccountsAsync(cursor, cancellationToken).ConfigureAwait(false), CoinbaseParser.Accounts);
            if (!page.IsSuccess) return page.Error;
            balances.AddRange(page.Value.Balances);
            cursor = page.Value.Cursor;
        }
        while (cursor is not null);
        return balances.Where(b => b.Total != 0).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var configuration = await ConfigurationAsync(request, cancellationToken).ConfigureAwait(false);
        if (!configuration.IsSuccess) return configuration.Error;
        var body = new JsonObject
        {
            ["client_order_id"] = _ids.ToWire(request.ClientOrderId),
            ["product_id"] = CoinbaseSymbolMapper.ToExchange(request.Symbol),
            ["side"] = request.Side == OrderSide.Buy ? "BUY" : "SELL",
            ["order_configuration"] = configuration.Value,
        };
        var created = await _client.CreateOrderAsync(body, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess) return created.Error;
        var orderId = CoinbaseOrderParser.Created(created.Value, _client.Errors);
        if (!orderId.IsSuccess) return orderId.Error;
        var read = await GetOrderAsync(request.Symbol, OrderRef.ByExchangeId(new ExchangeOrderId(orderId.Value)), cancellationToken).ConfigureAwait(false);
        if (read.IsSuccess) return read;
        // The order was accepted; if the read-back fails, report the acknowledgement rather than an error.
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(new ExchangeOrderId(orderId.Value), request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New,
            request.Price, request.StopPrice, request.Quantity, 0m, null, 0m, now, now);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        var found = await GetOrderAsync(symbol, order, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess) return found.Error;
        if (found.Value.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled))
            return new Error(ErrorKind.UnknownOrder, "UNKNOWN_CANCEL_ORDER", $"coinbase: {order} is {found.Value.Status}, nothing to cancel.");
        var cancelled = await _client.CancelAsync(found.Value.ExchangeOrderId.Value, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess) return cancelled.Error;
        var outcome = CoinbaseOrderParser.Cancelled(cancelled.Value, _client.Errors);
        if (!outcome.IsSuccess) return outcome.Error;
        return await GetOrderAsync(symbol, OrderRef.ByExchangeId(found.Value.ExchangeOrderId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        if (order.ExchangeId is { } id)
        {
            var body = await _client.OrderAsync(id.Value, cancellationToken).ConfigureAwait(false);
            return Then(body, b => CoinbaseOrderParser.Order(b, _ids));
        }
        // Coinbase has no look-up by client_order_id: list the symbol's orders (newest first) and match the UUID.
        var wire = _ids.ToWire(order.ClientId!.Value);
        string? cursor = null;
        for (var page = 0; page < MaxOrderPages; page++)
        {
            var list = Then(await _client.OrdersAsync(CoinbaseSymbolMapper.ToExchange(symbol), openOnly: false, cursor, cancellationToken).ConfigureAwait(false),
                b => CoinbaseOrderParser.Orders(b, _ids));
            if (!list.IsSuccess) return list.Error;
            if (list.Value.Orders.FirstOrDefault(o => o.ClientOrderId == order.ClientId || o.ClientOrderId?.Value == wire) is { } match) return match;
            cursor = list.Value.Cursor;
            if (cursor is null) break;
        }
        return new Error(ErrorKind.UnknownOrder, "NOT_FOUND", $"coinbase: {order} ({wire}) not found on {symbol}.");
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        var orders = new List<OrderSnapshot>();
        string? cursor = null;
        for (var page = 0; page < MaxOrderPages; page++)
        {
            var list = Then(await _client.OrdersAsync(symbol is { } s ? CoinbaseSymbolMapper.ToExchange(s) : null, openOnly: true, cursor, cancellationToken).ConfigureAwait(false),
                b => CoinbaseOrderParser.Orders(b, _ids));
            if (!list.IsSuccess) return list.Error;
            orders.AddRange(list.Value.Orders);
            cursor = list.Value.Cursor;
            if (cursor is null) break;
        }
        return orders.OrderBy(o => o.CreatedMs).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        var fills = new List<Fill>();
        var start = DateTimeOffset.FromUnixTimeMilliseconds(sinceMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        string? cursor = null;
        do
        {
            var page = Then(await _client.FillsAsync(CoinbaseSymbolMapper.ToExchange(symbol), start, cursor, cancellationToken).ConfigureAwait(false),
                b => CoinbaseOrderParser.Fills(b, symbol));
            if (!page.IsSuccess) return page.Error;
            fills.AddRange(page.Value.Fills.Where(f => f.TimeMs >= sinceMs));
            cursor = page.Value.Fills.Count == 0 ? null : page.Value.Cursor;
        }
        while (cursor is not null);
        return fills.DistinctBy(f => f.TradeId).OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.KeyPermissionsAsync(cancellationToken).ConfigureAwait(false), CoinbaseParser.KeyReport);

    private async Task<Result<JsonObject>> ConfigurationAsync(OrderRequest r, CancellationToken ct)
    {
        static string F(decimal v) => QueryBuilder.Format(v);
        switch (r.Type)
        {
            case OrderType.Market:
                return new JsonObject { ["market_market_ioc"] = r.Quantity is { } q ? new JsonObject { ["base_size"] = F(q) } : new JsonObject { ["quote_size"] = F(r.QuoteAmount!.Value) } };
            case OrderType.Limit:
                var name = r.TimeInForce switch
                {
                    TimeInForce.ImmediateOrCancel => "sor_limit_ioc",
                    TimeInForce.FillOrKill => "limit_limit_fok",
                    _ => "limit_limit_gtc",
                };
                var limit = new JsonObject { ["base_size"] = F(r.Quantity!.Value), ["limit_price"] = F(r.Price!.Value) };
                if (name == "limit_limit_gtc") limit["post_only"] = r.TimeInForce == TimeInForce.PostOnly;
                return new JsonObject { [name] = limit };
            case OrderType.StopLimit or OrderType.StopMarket:
                var limitPrice = r.Price;
                if (r.Type == OrderType.StopMarket)
                {
                    if (!_rules.ContainsKey(r.Symbol))
                    {
                        var loaded = await GetInstrumentsAsync(ct).ConfigureAwait(false);
                        if (!loaded.IsSuccess) return loaded.Error;
                    }
                    if (!_rules.TryGetValue(r.Symbol, out var rules)) return Error.Validation("coinbase.product", $"coinbase: unknown product {r.Symbol}.");
                    var stop = r.StopPrice!.Value;
                    limitPrice = r.Side == OrderSide.Sell ? rules.FloorPrice(stop * (1 - StopMarketSlippage)) : rules.CeilPrice(stop * (1 + StopMarketSlippage));
                }
                return new JsonObject
                {
                    ["stop_limit_stop_limit_gtc"] = new JsonObject
                    {
                        ["base_size"] = F(r.Quantity!.Value), ["limit_price"] = F(limitPrice!.Value), ["stop_price"] = F(r.StopPrice!.Value),
                        ["stop_direction"] = r.Side == OrderSide.Sell ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP",
                    },
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Type, "Unknown order type.");
        }
    }
}
