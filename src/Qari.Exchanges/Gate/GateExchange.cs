using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using static Qari.Exchanges.Common.Replies;

namespace Qari.Exchanges.Gate;

/// <summary>
/// The Gate APIv4 spot adapter behind <see cref="ISpotExchange"/>: spot orders for limit/market, price-triggered
/// orders (<c>/spot/price_orders</c>) for resting stops, raw client + parsers + symbol mapper.
/// </summary>
public sealed class GateExchange : ISpotExchange
{
    /// <summary>The production REST host (paths carry <c>/api/v4</c>).</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.gateio.ws");

    private static readonly TimeSpan TradeWindow = TimeSpan.FromDays(30);
    private static readonly TimeSpan TradeHistory = TimeSpan.FromDays(365);
    private const int TradePage = 1000;
    private readonly GateClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly GateOrderDesk _orders;
    private readonly IExchangeCredentials? _credentials;

    /// <summary>Creates the adapter for one key (null: public data only) on a shared pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public GateExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = Pipelines.Require(http, ExchangeId.Gate, "Gate");
        _credentials = credentials;
        _client = new GateClient(http, credentials);
        _orders = new GateOrderDesk(_client);
    }

    /// <summary>The shared pipeline for Gate at <paramref name="options"/>' base URL (one per node and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Gate, http, options, new GateSigner(), GateRateLimits.Policy, limits, time,
            new ServerTimeSource(GateEndpoints.Time, reply => GateParser.ServerTime(reply.Body)), logger);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Gate;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => GateCapabilities.Value;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), GateParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.CurrencyPairsAsync(cancellationToken).ConfigureAwait(false), GateParser.Instruments);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        // from/to are inclusive open times in seconds: ask for at most 1000 candles per call.
        var window = timeframe.Milliseconds() * GateCapabilities.MaxCandlesPerRequest;
        return await CandlePaging.ByWindowsAsync(timeframe.FloorMs(fromMs), fromMs, toMs, window, async (cursor, end) =>
            Then(await _client.CandlesticksAsync(GateSymbols.ToExchange(symbol), GateTimeframes.ToWire(timeframe), cursor / 1000, (end - 1) / 1000, cancellationToken).ConfigureAwait(false),
                GateParser.Candles)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(depth, 1, 100);
        return Then(await _client.OrderBookAsync(GateSymbols.ToExchange(symbol), limit, cancellationToken).ConfigureAwait(false),
            body => GateParser.OrderBook(body, symbol, limit));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken)
    {
        // Gate's tickers carry no time: stamp them with the exchange's clock as measured.
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return Then(await _client.TickersAsync(cancellationToken).ConfigureAwait(false), body => GateParser.Tickers(body, now));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.AccountsAsync(cancellationToken).ConfigureAwait(false), GateParser.Balances);

    /// <inheritdoc />
    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) =>
        _orders.PlaceAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) =>
        _orders.CancelAsync(symbol, order, cancellationToken);

    /// <inheritdoc />
    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) =>
        _orders.GetAsync(symbol, order, cancellationToken);

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) =>
        _orders.OpenAsync(symbol, cancellationToken);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        // my_trades is queried in windows of at most 30 days, each paged; history is bounded to a year back.
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        var start = Math.Max(sinceMs, now - (long)TradeHistory.TotalMilliseconds);
        var fills = new Dictionary<string, Fill>(StringComparer.Ordinal);
        for (var from = start; from <= now; from += (long)TradeWindow.TotalMilliseconds)
        {
            var to = Math.Min(from + (long)TradeWindow.TotalMilliseconds, now + 1000);
            for (var page = 1; ; page++)
            {
                var batch = Then(await _client.MyTradesAsync(GateSymbols.ToExchange(symbol), from / 1000, to / 1000, page, TradePage, cancellationToken).ConfigureAwait(false),
                    body => GateOrderParser.Fills(body, symbol));
                if (!batch.IsSuccess) return batch.Error;
                foreach (var f in batch.Value.Where(f => f.TimeMs >= sinceMs)) fills[f.TradeId] = f;
                if (batch.Value.Count < TradePage) break;
            }
        }
        return fills.Values.OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken)
    {
        // main_keys tells each permission group; keys without the account permission (or sub-account keys) may
        // not read it, and then /account/detail gives the IP whitelist only.
        var keys = await _client.MainKeysAsync(cancellationToken).ConfigureAwait(false);
        if (keys.IsSuccess && _credentials is not null)
        {
            var report = GateKeyPermissions.Report(keys.Value, _credentials.KeyId);
            if (!report.IsSuccess) return report.Error;
            if (report.Value is { } known) return known;
        }
        else if (!keys.IsSuccess && keys.Error.Kind is not (ErrorKind.PermissionDenied or ErrorKind.NotFound or ErrorKind.Rejected))
        {
            return keys.Error;
        }
        return Then(await _client.AccountDetailAsync(cancellationToken).ConfigureAwait(false), GateOrderParser.KeyReport);
    }
}
