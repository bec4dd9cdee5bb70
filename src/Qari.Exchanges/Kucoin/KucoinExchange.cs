using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Common;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using static Qari.Exchanges.Common.Replies;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// The KuCoin spot adapter behind <see cref="ISpotExchange"/>: HF orders for limit/market, spot stop orders
/// (<c>/api/v1/stop-order</c>) for resting stops, raw client + parsers + symbol mapper.
/// </summary>
public sealed class KucoinExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.kucoin.com");

    private static readonly TimeSpan FillWindow = TimeSpan.FromDays(7);
    private static readonly TimeSpan FillHistory = TimeSpan.FromDays(90);
    private const int FillPage = 100;
    private readonly KucoinClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly KucoinOrderDesk _orders;

    /// <summary>Creates the adapter for one key (null: public data only) on a shared pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public KucoinExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = Pipelines.Require(http, ExchangeId.Kucoin, "KuCoin");
        _client = new KucoinClient(http, credentials);
        _orders = new KucoinOrderDesk(_client, http.Clock);
    }

    /// <summary>The shared pipeline for KuCoin at <paramref name="options"/>' base URL (one per node and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) =>
        new(ExchangeId.Kucoin, http, options, new KucoinSigner(), KucoinRateLimits.Policy, limits, time,
            new ServerTimeSource(KucoinEndpoints.Time, reply => KucoinParser.ServerTime(reply.Body)), logger);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kucoin;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => KucoinCapabilities.Value;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), KucoinParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.SymbolsAsync(cancellationToken).ConfigureAwait(false), KucoinParser.Instruments);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        // startAt/endAt are seconds; KuCoin returns the candles opening in [startAt, endAt), newest first.
        var window = timeframe.Milliseconds() * KucoinCapabilities.MaxCandlesPerRequest;
        return await CandlePaging.ByWindowsAsync(timeframe.FloorMs(fromMs), fromMs, toMs, window, async (cursor, end) =>
            Then(await _client.CandlesAsync(KucoinSymbols.ToExchange(symbol), KucoinTimeframes.ToWire(timeframe), cursor / 1000, (end + 999) / 1000, cancellationToken).ConfigureAwait(false),
                KucoinParser.Candles)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken)
    {
        var levels = Math.Clamp(depth, 1, 100);
        return Then(await _client.OrderBookAsync(KucoinSymbols.ToExchange(symbol), levels, cancellationToken).ConfigureAwait(false),
            body => KucoinParser.OrderBook(body, symbol, levels));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) =>
        Then(await _client.AllTickersAsync(cancellationToken).ConfigureAwait(false), KucoinParser.Tickers);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.AccountsAsync(cancellationToken).ConfigureAwait(false), KucoinParser.Balances);

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
        // HF fills are queried in windows of at most 7 days and kept by KuCoin for a limited time (about 3 months).
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        var start = Math.Max(sinceMs, now - (long)FillHistory.TotalMilliseconds);
        var fills = new Dictionary<string, Fill>(StringComparer.Ordinal);
        for (var from = start; from <= now; from += (long)FillWindow.TotalMilliseconds)
        {
            var to = Math.Min(from + (long)FillWindow.TotalMilliseconds - 1, now);
            long? lastId = null;
            while (true)
            {
                var page = Then(await _client.FillsAsync(KucoinSymbols.ToExchange(symbol), from, to, lastId, FillPage, cancellationToken).ConfigureAwait(false),
                    KucoinOrderParser.Fills);
                if (!page.IsSuccess) return page.Error;
                foreach (var f in page.Value.Fills.Where(f => f.TimeMs >= sinceMs)) fills[f.TradeId] = f;
                if (page.Value.Fills.Count < FillPage || page.Value.LastId is null || page.Value.LastId == lastId) break;
                lastId = page.Value.LastId;
            }
        }
        return fills.Values.OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.ApiKeyAsync(cancellationToken).ConfigureAwait(false), KucoinOrderParser.KeyReport);
}
