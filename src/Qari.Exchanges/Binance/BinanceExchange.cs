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

namespace Qari.Exchanges.Binance;

/// <summary>The Binance spot adapter behind <see cref="ISpotExchange"/>: raw client + parser + symbol mapper.</summary>
public sealed partial class BinanceExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.binance.com");

    /// <summary>Klines per request.</summary>
    public const int MaxKlines = 1000;

    private const int MaxTrades = 1000;
    private readonly BinanceClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly BinanceSymbolMapper _mapper = new();

    /// <summary>Creates the adapter for one key (null: public data only) on a shared pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public BinanceExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = Pipelines.Require(http, ExchangeId.Binance, "Binance");
        _client = new BinanceClient(http, credentials);
    }

    /// <summary>The shared pipeline for Binance at <paramref name="options"/>' base URL (one per node and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Binance, http, options, new BinanceSigner(), BinanceRateLimits.Policy, limits, time,
            new ServerTimeSource(BinanceEndpoints.Time, reply => BinanceParser.ServerTime(reply.Body)), logger);

    /// <summary>What Binance offers on spot.</summary>
    public static ExchangeCapabilities BinanceCapabilities { get; } = new(
        StopOrderForm.StopLimit,
        MarketBuyByQuote: true,
        HasOco: true,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: false,
        DuplicateClientIdBehaviour.RejectedWhileOpen,
        MaxCandlesPerRequest: MaxKlines,
        Timeframes: [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Binance;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => BinanceCapabilities;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), BinanceParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.ExchangeInfoAsync(cancellationToken).ConfigureAwait(false), body => BinanceParser.Instruments(body, _mapper));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        return await CandlePaging.ForwardAsync(fromMs, toMs, timeframe.Milliseconds(), async cursor =>
            Then(await _client.KlinesAsync(BinanceSymbolMapper.ToExchange(symbol), timeframe.Name(), cursor, toMs - 1, MaxKlines, cancellationToken).ConfigureAwait(false),
                BinanceParser.Klines)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(depth, 1, 5000);
        var body = await _client.DepthAsync(BinanceSymbolMapper.ToExchange(symbol), limit, cancellationToken).ConfigureAwait(false);
        return Then(body, b => BinanceParser.Book(b, symbol, _http.Clock.Now.ToUnixTimeMilliseconds()));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) =>
        Then(await _client.Ticker24hrAsync(cancellationToken).ConfigureAwait(false), body => BinanceParser.Tickers(body, _mapper));

    /// <summary>
    /// The tickers of <paramref name="symbols"/>: one <c>ticker/24hr?symbols=[…]</c> request (weight 2 for up to 20
    /// symbols, 40 up to 100); over 100 the all-symbol request, which weighs the same 80 without the long URL.
    /// </summary>
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0) return Result<IReadOnlyList<Ticker>>.Ok([]);
        if (symbols.Count > BinanceEndpoints.TickerSymbolsAtFullWeight)
        {
            var all = await GetTickersAsync(cancellationToken).ConfigureAwait(false);
            if (!all.IsSuccess) return all.Error!;
            var wanted = symbols.ToHashSet();
            return Result<IReadOnlyList<Ticker>>.Ok([.. all.Value.Where(t => wanted.Contains(t.Symbol))]);
        }
        foreach (var s in symbols) Learn(s);
        var body = await _client.Ticker24hrAsync([.. symbols.Select(BinanceSymbolMapper.ToExchange)], cancellationToken).ConfigureAwait(false);
        return Then(body, b => BinanceParser.Tickers(b, _mapper));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.AccountAsync(cancellationToken).ConfigureAwait(false), BinanceParser.Balances);

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (!ClientIdRule().IsMatch(request.ClientOrderId.Value))
            return Error.Validation("binance.client-id", $"client order id '{request.ClientOrderId}' does not fit Binance's rule (1-36 of A-Z a-z 0-9 . : / _ -).");
        Learn(request.Symbol);
        var form = new QueryBuilder()
            .Add("symbol", BinanceSymbolMapper.ToExchange(request.Symbol))
            .Add("side", request.Side == OrderSide.Buy ? "BUY" : "SELL");
        switch (request.Type)
        {
            case OrderType.Limit when request.TimeInForce == TimeInForce.PostOnly:
                form.Add("type", "LIMIT_MAKER").Add("quantity", request.Quantity).Add("price", request.Price);
                break;
            case OrderType.Limit:
                form.Add("type", "LIMIT").Add("timeInForce", TimeInForceCode(request.TimeInForce)).Add("quantity", request.Quantity).Add("price", request.Price);
                break;
            case OrderType.Market:
                form.Add("type", "MARKET").Add("quantity", request.Quantity).Add("quoteOrderQty", request.Quantity is null ? request.QuoteAmount : null);
                break;
            case OrderType.StopMarket:
                form.Add("type", "STOP_LOSS").Add("quantity", request.Quantity).Add("stopPrice", request.StopPrice);
                break;
            case OrderType.StopLimit:
                form.Add("type", "STOP_LOSS_LIMIT").Add("timeInForce", "GTC").Add("quantity", request.Quantity).Add("price", request.Price).Add("stopPrice", request.StopPrice);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type.");
        }
        // FULL carries what filled at placement (price, qty, fee, trade id): the caller needs no fill-list read for it.
        form.Add("newClientOrderId", request.ClientOrderId.Value).Add("newOrderRespType", "FULL");
        return Then(await _client.NewOrderAsync(form, cancellationToken).ConfigureAwait(false), body => BinanceOrderParser.Placed(body, _mapper));
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        Learn(symbol);
        var body = await _client.CancelOrderAsync(BinanceSymbolMapper.ToExchange(symbol), order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false);
        return Then(body, b => BinanceOrderParser.Order(b, _mapper));
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        Learn(symbol);
        var body = await _client.QueryOrderAsync(BinanceSymbolMapper.ToExchange(symbol), order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false);
        return Then(body, b => BinanceOrderParser.Order(b, _mapper));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        if (symbol is { } s) Learn(s);
        var body = await _client.OpenOrdersAsync(symbol is { } sym ? BinanceSymbolMapper.ToExchange(sym) : null, cancellationToken).ConfigureAwait(false);
        return Then(body, b => BinanceOrderParser.Orders(b, _mapper));
    }

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        // A minute past the local view of server time so a fill stamped just now is inside the last window.
        var until = (_http.Clock.Now + TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds();
        return new BinanceFillWalk(_client, symbol, MaxTrades).ReadAsync(sinceMs, until, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.ApiRestrictionsAsync(cancellationToken).ConfigureAwait(false), BinanceParser.KeyReport);

    private void Learn(Symbol symbol) => _mapper.Learn(BinanceSymbolMapper.ToExchange(symbol), symbol.Base, symbol.Quote);

    private static string TimeInForceCode(TimeInForce tif) => tif switch
    {
        TimeInForce.GoodTillCanceled => "GTC",
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        _ => throw new ArgumentOutOfRangeException(nameof(tif), tif, "No Binance code for this time in force."),
    };

    [GeneratedRegex(@"^[\.A-Z\:/a-z0-9_-]{1,36}$")]
    private static partial Regex ClientIdRule();
}
