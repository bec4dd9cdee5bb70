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

namespace Qari.Exchanges.Kraken;

/// <summary>
/// The Kraken spot adapter behind <see cref="ISpotExchange"/>. Stops are native <c>stop-loss</c> /
/// <c>stop-loss-limit</c> orders; a market buy by quote uses <c>oflags=viqc</c>; Qari's canonical client id
/// (≤18 ASCII characters) is sent as <c>cl_ord_id</c> unchanged.
/// </summary>
public sealed partial class KrakenExchange : ISpotExchange
{
    /// <summary>The production REST host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.kraken.com");

    /// <summary>OHLC rows per request.</summary>
    public const int MaxCandles = 720;

    private readonly KrakenClient _client;
    private readonly ExchangeHttpClient _http;
    private readonly KrakenSymbolMapper _mapper = new();

    /// <summary>Creates the adapter for one key (null: public data only) on a pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public KrakenExchange(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = Pipelines.Require(http, ExchangeId.Kraken, "Kraken");
        _client = new KrakenClient(http, credentials);
    }

    /// <summary>
    /// The shared pipeline for Kraken. Nonces come from <paramref name="nonces"/>, by default a
    /// <see cref="FileKrakenNonceSource"/> under <see cref="FileKrakenNonceSource.DefaultDirectory"/> shared by every process on this machine.
    /// </summary>
    public static ExchangeHttpClient CreateHttpClient(HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null, IKrakenNonceSource? nonces = null)
    {
        nonces ??= new FileKrakenNonceSource(FileKrakenNonceSource.DefaultDirectory(options.BaseUrl), options.BaseUrl.Authority);
        return new(ExchangeId.Kraken, http, options, new KrakenSigner(nonces), KrakenRateLimits.Policy, limits, time,
            new ServerTimeSource(KrakenEndpoints.Time, reply => KrakenParser.ServerTimeReply(reply.Body)), logger);
    }

    /// <summary>What Kraken offers on spot.</summary>
    public static ExchangeCapabilities KrakenCapabilities { get; } = new(
        StopOrderForm.StopMarket,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: false,
        DuplicateClientIdBehaviour.RejectedWhileOpen,
        MaxCandlesPerRequest: MaxCandles,
        Timeframes: [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kraken;

    /// <inheritdoc />
    public ExchangeCapabilities Capabilities => KrakenCapabilities;

    /// <inheritdoc />
    public async Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Then(await _client.TimeAsync(cancellationToken).ConfigureAwait(false), KrakenParser.ServerTime);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Then(await _client.AssetPairsAsync(cancellationToken).ConfigureAwait(false), r => KrakenParser.Instruments(r, _mapper));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        var all = new SortedDictionary<long, Candle>();
        var step = timeframe.Milliseconds();
        for (var cursor = fromMs; cursor < toMs;)
        {
            // since is exclusive on Kraken: ask from one second before the cursor.
            var page = Then(await _client.OhlcAsync(_mapper.ToExchange(symbol), (int)timeframe, cursor / 1000 - 1, cancellationToken).ConfigureAwait(false), KrakenParser.Candles);
            if (!page.IsSuccess) return page.Error;
            var fresh = page.Value.Where(c => c.OpenTimeMs >= cursor).ToList();
            if (fresh.Count == 0) break;
            foreach (var c in fresh.Where(c => c.OpenTimeMs < toMs)) all[c.OpenTimeMs] = c;
            cursor = fresh[^1].OpenTimeMs + step;
        }
        return all.Values.ToList();
    }

    /// <inheritdoc />
    public async Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) =>
        Then(await _client.DepthAsync(_mapper.ToExchange(symbol), Math.Clamp(depth, 1, 500), cancellationToken).ConfigureAwait(false),
            r => KrakenParser.Book(r, symbol, _http.Clock.Now.ToUnixTimeMilliseconds()));

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken)
    {
        var pairs = await EnsurePairsAsync(cancellationToken).ConfigureAwait(false);
        if (!pairs.IsSuccess) return pairs.Error;
        return Then(await _client.TickerAsync(cancellationToken).ConfigureAwait(false), r => KrakenParser.Tickers(r, _mapper, _http.Clock.Now.ToUnixTimeMilliseconds()));
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        Then(await _client.BalanceExAsync(cancellationToken).ConfigureAwait(false), KrakenParser.Balances);

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (!ClientIdRule().IsMatch(request.ClientOrderId.Value))
            return Error.Validation("kraken.client-id", $"client order id '{request.ClientOrderId}' does not fit Kraken's cl_ord_id (free text of 1-18 ASCII characters).");
        if (request.TimeInForce == TimeInForce.FillOrKill)
            return Error.Validation("kraken.fok", "Kraken spot has no fill-or-kill time in force.");
        var form = new QueryBuilder()
            .Add("pair", _mapper.ToExchange(request.Symbol))
            .Add("type", request.Side == OrderSide.Buy ? "buy" : "sell");
        switch (request.Type)
        {
            case OrderType.Limit:
                form.Add("ordertype", "limit").Add("volume", request.Quantity).Add("price", request.Price)
                    .Add("timeinforce", request.TimeInForce == TimeInForce.ImmediateOrCancel ? "IOC" : "GTC")
                    .Add("oflags", request.TimeInForce == TimeInForce.PostOnly ? "post" : null);
                break;
            case OrderType.Market:
                form.Add("ordertype", "market").Add("volume", request.Quantity ?? request.QuoteAmount).Add("oflags", request.Quantity is null ? "viqc" : null);
                break;
            case OrderType.StopMarket:
                form.Add("ordertype", "stop-loss").Add("volume", request.Quantity).Add("price", request.StopPrice);
                break;
            case OrderType.StopLimit:
                form.Add("ordertype", "stop-loss-limit").Add("volume", request.Quantity).Add("price", request.StopPrice).Add("price2", request.Price);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type.");
        }
        form.Add("cl_ord_id", request.ClientOrderId.Value);
        var txid = Then(await _client.AddOrderAsync(form, cancellationToken).ConfigureAwait(false), KrakenOrderParser.AddedTxid);
        if (!txid.IsSuccess) return txid.Error;
        var read = await GetOrderAsync(request.Symbol, OrderRef.ByExchangeId(new ExchangeOrderId(txid.Value)), cancellationToken).ConfigureAwait(false);
        // The order was accepted; if the read-back fails, report the acknowledgement rather than an error.
        return read.IsSuccess ? read : Acknowledged(request, txid.Value);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        var cancelled = await _client.CancelOrderAsync(order.ExchangeId?.Value, order.ClientId?.Value, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess) return cancelled.Error;
        return await GetOrderAsync(symbol, order, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        await EnsurePairsAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<OrderSnapshot> found;
        if (order.ExchangeId is { } id)
        {
            var queried = Then(await _client.QueryOrdersAsync(id.Value, cancellationToken).ConfigureAwait(false), r => KrakenOrderParser.Orders(r, _mapper));
            if (!queried.IsSuccess) return queried.Error;
            found = queried.Value;
        }
        else
        {
            var clientId = order.ClientId!.Value.Value;
            var open = Then(await _client.OpenOrdersAsync(clientId, cancellationToken).ConfigureAwait(false), r => KrakenOrderParser.Orders(r, _mapper, "open"));
            if (!open.IsSuccess) return open.Error;
            found = open.Value;
            if (found.Count == 0)
            {
                var closed = Then(await _client.ClosedOrdersAsync(clientId, cancellationToken).ConfigureAwait(false), r => KrakenOrderParser.Orders(r, _mapper, "closed"));
                if (!closed.IsSuccess) return closed.Error;
                found = closed.Value;
            }
        }
        return found.Count > 0 ? found[^1] : new Error(ErrorKind.UnknownOrder, "EOrder:Unknown order", $"kraken: {order} not found.");
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        await EnsurePairsAsync(cancellationToken).ConfigureAwait(false);
        var open = Then(await _client.OpenOrdersAsync(null, cancellationToken).ConfigureAwait(false), r => KrakenOrderParser.Orders(r, _mapper, "open"));
        if (!open.IsSuccess) return open.Error;
        return open.Value.Where(o => symbol is null || o.Symbol == symbol).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        await EnsurePairsAsync(cancellationToken).ConfigureAwait(false);
        var fills = new List<Fill>();
        for (var offset = 0; ;)
        {
            var page = Then(await _client.TradesHistoryAsync(sinceMs / 1000, offset, cancellationToken).ConfigureAwait(false), r => KrakenOrderParser.Trades(r, symbol, _mapper));
            if (!page.IsSuccess) return page.Error;
            fills.AddRange(page.Value.Fills.Where(f => f.TimeMs >= sinceMs));
            offset += page.Value.PageSize;
            if (page.Value.PageSize == 0 || offset >= page.Value.Count) break;
        }
        return fills.DistinctBy(f => f.TradeId).OrderBy(f => f.TimeMs).ThenBy(f => f.TradeId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) =>
        Then(await _client.ApiKeyInfoAsync(cancellationToken).ConfigureAwait(false), KrakenParser.KeyReport);

    // Answers name pairs by pair id (XXBTZUSD); knowing AssetPairs makes every name resolvable.
    private async Task<Result<bool>> EnsurePairsAsync(CancellationToken ct)
    {
        if (_pairsLoaded) return true;
        var pairs = await GetInstrumentsAsync(ct).ConfigureAwait(false);
        if (!pairs.IsSuccess) return pairs.Error;
        _pairsLoaded = true;
        return true;
    }

    private bool _pairsLoaded;

    private OrderSnapshot Acknowledged(OrderRequest request, string txid)
    {
        var now = _http.Clock.Now.ToUnixTimeMilliseconds();
        return new OrderSnapshot(new ExchangeOrderId(txid), request.ClientOrderId, request.Symbol, request.Side, request.Type, OrderStatus.New,
            request.Price, request.StopPrice, request.Quantity, 0m, null, 0m, now, now);
    }

    [GeneratedRegex("^[\\x21-\\x7E]{1,18}$")]
    private static partial Regex ClientIdRule();
}
