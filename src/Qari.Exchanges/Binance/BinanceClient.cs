using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Binance;

/// <summary>
/// The raw Binance spot client: one method per endpoint, parameters in, the answer body (2xx) or a typed error
/// out. It knows the wire, not Qari's types; <see cref="BinanceExchange"/> maps between the two.
/// </summary>
public sealed class BinanceClient
{
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private readonly BinanceErrorTable _errors = new();

    /// <summary>Creates a client on the shared pipeline, for one key (null for public data only).</summary>
    public BinanceClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /api/v3/time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(BinanceEndpoints.Time), ct);

    /// <summary>GET /api/v3/exchangeInfo (all symbols).</summary>
    public Task<Result<string>> ExchangeInfoAsync(CancellationToken ct) => CallAsync(new RestRequest(BinanceEndpoints.ExchangeInfo), ct);

    /// <summary>GET /api/v3/klines.</summary>
    public Task<Result<string>> KlinesAsync(string symbol, string interval, long startTime, long endTime, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.Klines, new QueryBuilder().Add("symbol", symbol).Add("interval", interval)
            .Add("startTime", startTime).Add("endTime", endTime).Add("limit", limit).ToString()), ct);

    /// <summary>GET /api/v3/depth.</summary>
    public Task<Result<string>> DepthAsync(string symbol, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.Depth with { Weight = BinanceEndpoints.DepthWeight(limit) },
            new QueryBuilder().Add("symbol", symbol).Add("limit", limit).ToString()), ct);

    /// <summary>GET /api/v3/ticker/24hr for all symbols.</summary>
    public Task<Result<string>> Ticker24hrAsync(CancellationToken ct) => CallAsync(new RestRequest(BinanceEndpoints.Ticker24h), ct);

    /// <summary>GET /api/v3/ticker/24hr?symbols=["A","B"] (exchange symbols; weight by count, <see cref="BinanceEndpoints.Ticker24hWeight"/>).</summary>
    public Task<Result<string>> Ticker24hrAsync(IReadOnlyCollection<string> symbols, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.Ticker24h with { Weight = BinanceEndpoints.Ticker24hWeight(symbols.Count) },
            new QueryBuilder().Add("symbols", "[" + string.Join(",", symbols.Select(s => "\"" + s + "\"")) + "]").ToString()), ct);

    /// <summary>GET /api/v3/account (signed).</summary>
    public Task<Result<string>> AccountAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.Account, new QueryBuilder().Add("omitZeroBalances", "true").ToString()), ct);

    /// <summary>POST /api/v3/order with the order parameters as a form body (signed; never retried).</summary>
    public Task<Result<string>> NewOrderAsync(QueryBuilder parameters, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.NewOrder, body: parameters.ToString(), contentType: BinanceSigner.FormContentType), ct);

    /// <summary>DELETE /api/v3/order by <c>orderId</c> or <c>origClientOrderId</c>.</summary>
    public Task<Result<string>> CancelOrderAsync(string symbol, string? orderId, string? origClientOrderId, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.CancelOrder, OrderQuery(symbol, orderId, origClientOrderId)), ct);

    /// <summary>GET /api/v3/order by <c>orderId</c> or <c>origClientOrderId</c>.</summary>
    public Task<Result<string>> QueryOrderAsync(string symbol, string? orderId, string? origClientOrderId, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.QueryOrder, OrderQuery(symbol, orderId, origClientOrderId)), ct);

    /// <summary>GET /api/v3/openOrders, for one symbol or all.</summary>
    public Task<Result<string>> OpenOrdersAsync(string? symbol, CancellationToken ct) =>
        CallAsync(symbol is null
            ? new RestRequest(BinanceEndpoints.OpenOrdersAll)
            : new RestRequest(BinanceEndpoints.OpenOrders, new QueryBuilder().Add("symbol", symbol).ToString()), ct);

    /// <summary>GET /api/v3/myTrades in a time range (at most 24 h), or from a trade id (never both: Binance rejects the mix).</summary>
    public Task<Result<string>> MyTradesAsync(string symbol, long? startTime, long? endTime, long? fromId, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BinanceEndpoints.MyTrades, new QueryBuilder().Add("symbol", symbol)
            .Add("startTime", fromId is null ? startTime : null).Add("endTime", fromId is null ? endTime : null)
            .Add("fromId", fromId).Add("limit", limit).ToString()), ct);

    /// <summary>GET /sapi/v1/account/apiRestrictions.</summary>
    public Task<Result<string>> ApiRestrictionsAsync(CancellationToken ct) => CallAsync(new RestRequest(BinanceEndpoints.ApiRestrictions), ct);

    private static string OrderQuery(string symbol, string? orderId, string? origClientOrderId) =>
        new QueryBuilder().Add("symbol", symbol).Add("orderId", orderId).Add("origClientOrderId", orderId is null ? origClientOrderId : null).ToString();

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        if (reply.IsSuccess) return reply.Body;
        var status = reply.StatusCode;
        var error = BinanceParser.Error(reply.Body) is { } e
            ? _errors.Map(e.Code, e.Message, status)
            : ExchangeErrorTable.FromHttpStatus(status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"binance {request.Endpoint}: HTTP {status}");
        if (error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return error;
    }
}
