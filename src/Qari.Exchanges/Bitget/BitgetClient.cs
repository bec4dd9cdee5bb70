using System.Globalization;
using System.Text.Json.Nodes;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Bitget;

/// <summary>
/// The raw Bitget v2 spot client: one method per endpoint; unwraps the <c>{code:"00000",msg,requestTime,data}</c>
/// envelope and returns <c>data</c> as JSON text, or the typed error for any other code.
/// </summary>
public sealed class BitgetClient
{
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private readonly BitgetErrorTable _errors = new();

    /// <summary>Creates a client on the shared pipeline for one key (null: public data only).</summary>
    public BitgetClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /api/v2/public/time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(BitgetEndpoints.Time), ct);

    /// <summary>GET /api/v2/spot/public/symbols.</summary>
    public Task<Result<string>> SymbolsAsync(CancellationToken ct) => CallAsync(new RestRequest(BitgetEndpoints.Symbols), ct);

    /// <summary>GET /api/v2/spot/market/candles.</summary>
    public Task<Result<string>> CandlesAsync(string symbol, string granularity, long startTime, long endTime, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.Candles, new QueryBuilder().Add("symbol", symbol).Add("granularity", granularity)
            .Add("startTime", startTime).Add("endTime", endTime).Add("limit", limit).ToString()), ct);

    /// <summary>GET /api/v2/spot/market/orderbook.</summary>
    public Task<Result<string>> OrderBookAsync(string symbol, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.OrderBook, new QueryBuilder().Add("symbol", symbol).Add("type", "step0").Add("limit", limit).ToString()), ct);

    /// <summary>GET /api/v2/spot/market/tickers.</summary>
    public Task<Result<string>> TickersAsync(CancellationToken ct) => CallAsync(new RestRequest(BitgetEndpoints.Tickers), ct);

    /// <summary>GET /api/v2/spot/account/assets.</summary>
    public Task<Result<string>> AssetsAsync(CancellationToken ct) => CallAsync(new RestRequest(BitgetEndpoints.Assets), ct);

    /// <summary>GET /api/v2/spot/account/info.</summary>
    public Task<Result<string>> AccountInfoAsync(CancellationToken ct) => CallAsync(new RestRequest(BitgetEndpoints.AccountInfo), ct);

    /// <summary>POST /api/v2/spot/trade/place-order (never retried).</summary>
    public Task<Result<string>> PlaceOrderAsync(JsonObject body, CancellationToken ct) => Post(BitgetEndpoints.PlaceOrder, body, ct);

    /// <summary>POST /api/v2/spot/trade/place-plan-order (never retried).</summary>
    public Task<Result<string>> PlacePlanOrderAsync(JsonObject body, CancellationToken ct) => Post(BitgetEndpoints.PlacePlanOrder, body, ct);

    /// <summary>POST /api/v2/spot/trade/cancel-order.</summary>
    public Task<Result<string>> CancelOrderAsync(string symbol, string? orderId, string? clientOid, CancellationToken ct) =>
        Post(BitgetEndpoints.CancelOrder, IdBody(symbol, orderId, clientOid), ct);

    /// <summary>POST /api/v2/spot/trade/cancel-plan-order.</summary>
    public Task<Result<string>> CancelPlanOrderAsync(string? orderId, string? clientOid, CancellationToken ct) =>
        Post(BitgetEndpoints.CancelPlanOrder, IdBody(null, orderId, clientOid), ct);

    /// <summary>GET /api/v2/spot/trade/orderInfo.</summary>
    public Task<Result<string>> OrderInfoAsync(string? orderId, string? clientOid, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.OrderInfo, new QueryBuilder().Add("orderId", orderId).Add("clientOid", orderId is null ? clientOid : null).ToString()), ct);

    /// <summary>GET /api/v2/spot/trade/unfilled-orders.</summary>
    public Task<Result<string>> UnfilledOrdersAsync(string? symbol, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.UnfilledOrders, new QueryBuilder().Add("symbol", symbol).ToString()), ct);

    /// <summary>GET /api/v2/spot/trade/current-plan-order.</summary>
    public Task<Result<string>> CurrentPlanOrdersAsync(string? symbol, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.CurrentPlanOrders, new QueryBuilder().Add("symbol", symbol).Add("limit", 100L).ToString()), ct);

    /// <summary>GET /api/v2/spot/trade/history-plan-order.</summary>
    public Task<Result<string>> HistoryPlanOrdersAsync(string symbol, long startTime, long endTime, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.HistoryPlanOrders, new QueryBuilder().Add("symbol", symbol).Add("startTime", startTime)
            .Add("endTime", endTime).Add("limit", 100L).ToString()), ct);

    /// <summary>GET /api/v2/spot/trade/fills in [startTime, endTime] (at most 90 days apart), newest first, older pages by idLessThan.</summary>
    public Task<Result<string>> FillsAsync(string symbol, long startTime, long endTime, string? idLessThan, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BitgetEndpoints.Fills, new QueryBuilder().Add("symbol", symbol).Add("startTime", startTime).Add("endTime", endTime)
            .Add("idLessThan", idLessThan).Add("limit", limit).ToString()), ct);

    private static JsonObject IdBody(string? symbol, string? orderId, string? clientOid)
    {
        var body = new JsonObject();
        if (symbol is not null) body["symbol"] = symbol;
        if (orderId is not null) body["orderId"] = orderId;
        else if (clientOid is not null) body["clientOid"] = clientOid;
        return body;
    }

    private Task<Result<string>> Post(Http.Endpoint endpoint, JsonObject body, CancellationToken ct) =>
        CallAsync(new RestRequest(endpoint, body: body.ToJsonString(), contentType: BitgetSigner.JsonContentType), ct);

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        var envelope = BitgetParser.Envelope(reply.Body);
        if (envelope is { Code: "00000" } ok && reply.IsSuccess) return ok.Data;
        var status = reply.StatusCode;
        var error = envelope is { } e
            ? _errors.Map(e.Code, e.Message, status)
            : reply.IsSuccess
                ? Error.Malformed($"bitget {request.Endpoint}", "answer is not Bitget's {code,msg,data} envelope")
                : ExchangeErrorTable.FromHttpStatus(status, status.ToString(CultureInfo.InvariantCulture), $"bitget {request.Endpoint}: HTTP {status}");
        if (error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return error;
    }
}
