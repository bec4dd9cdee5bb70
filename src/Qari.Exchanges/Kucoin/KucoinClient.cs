using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// The raw KuCoin spot client: one method per endpoint, parameters in, the answer body (code 200000) or a typed
/// error out. It knows the wire, not Qari's types; <see cref="KucoinExchange"/> maps between the two.
/// </summary>
public sealed class KucoinClient
{
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;

    /// <summary>Creates a client on the shared pipeline, for one key (null for public data only).</summary>
    public KucoinClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /api/v1/timestamp.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(KucoinEndpoints.Time), ct);

    /// <summary>GET /api/v2/symbols.</summary>
    public Task<Result<string>> SymbolsAsync(CancellationToken ct) => CallAsync(new RestRequest(KucoinEndpoints.Symbols), ct);

    /// <summary>GET /api/v1/market/candles (times in seconds).</summary>
    public Task<Result<string>> CandlesAsync(string symbol, string type, long startAtSeconds, long endAtSeconds, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.Candles, new QueryBuilder().Add("symbol", symbol).Add("type", type)
            .Add("startAt", startAtSeconds).Add("endAt", endAtSeconds).ToString()), ct);

    /// <summary>GET /api/v1/market/orderbook/level2_20 or level2_100.</summary>
    public Task<Result<string>> OrderBookAsync(string symbol, int depth, CancellationToken ct) =>
        CallAsync(new RestRequest(depth <= 20 ? KucoinEndpoints.OrderBook20 : KucoinEndpoints.OrderBook100, new QueryBuilder().Add("symbol", symbol).ToString()), ct);

    /// <summary>GET /api/v1/market/allTickers.</summary>
    public Task<Result<string>> AllTickersAsync(CancellationToken ct) => CallAsync(new RestRequest(KucoinEndpoints.AllTickers), ct);

    /// <summary>GET /api/v1/accounts?type=trade.</summary>
    public Task<Result<string>> AccountsAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.Accounts, new QueryBuilder().Add("type", "trade").ToString()), ct);

    /// <summary>POST /api/v1/hf/orders with a JSON body (never retried).</summary>
    public Task<Result<string>> PlaceOrderAsync(IReadOnlyList<KeyValuePair<string, object>> fields, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.PlaceOrder, body: Json(fields), contentType: KucoinSigner.JsonContentType), ct);

    /// <summary>GET /api/v1/hf/orders/{orderId}?symbol=.</summary>
    public Task<Result<string>> GetOrderAsync(string symbol, string orderId, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.GetOrder, orderId, symbol), ct);

    /// <summary>GET /api/v1/hf/orders/client-order/{clientOid}?symbol=.</summary>
    public Task<Result<string>> GetOrderByClientOidAsync(string symbol, string clientOid, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.GetOrderByClientOid, clientOid, symbol), ct);

    /// <summary>DELETE /api/v1/hf/orders/{orderId}?symbol=.</summary>
    public Task<Result<string>> CancelOrderAsync(string symbol, string orderId, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.CancelOrder, orderId, symbol), ct);

    /// <summary>DELETE /api/v1/hf/orders/client-order/{clientOid}?symbol=.</summary>
    public Task<Result<string>> CancelOrderByClientOidAsync(string symbol, string clientOid, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.CancelOrderByClientOid, clientOid, symbol), ct);

    /// <summary>GET /api/v1/hf/orders/active?symbol=.</summary>
    public Task<Result<string>> ActiveOrdersAsync(string symbol, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.ActiveOrders, new QueryBuilder().Add("symbol", symbol).ToString()), ct);

    /// <summary>GET /api/v1/hf/orders/active/symbols.</summary>
    public Task<Result<string>> ActiveSymbolsAsync(CancellationToken ct) => CallAsync(new RestRequest(KucoinEndpoints.ActiveSymbols), ct);

    /// <summary>GET /api/v1/hf/fills (times in ms; older pages via lastId).</summary>
    public Task<Result<string>> FillsAsync(string symbol, long startAtMs, long endAtMs, long? lastId, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.Fills, new QueryBuilder().Add("symbol", symbol).Add("startAt", startAtMs).Add("endAt", endAtMs)
            .Add("lastId", lastId).Add("limit", limit).ToString()), ct);

    /// <summary>POST /api/v1/stop-order with a JSON body (never retried).</summary>
    public Task<Result<string>> PlaceStopOrderAsync(IReadOnlyList<KeyValuePair<string, object>> fields, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.PlaceStopOrder, body: Json(fields), contentType: KucoinSigner.JsonContentType), ct);

    /// <summary>GET /api/v1/stop-order (untriggered stops; one page).</summary>
    public Task<Result<string>> StopOrdersAsync(string? symbol, int page, int pageSize, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.StopOrders, new QueryBuilder().Add("symbol", symbol).Add("currentPage", page).Add("pageSize", pageSize).ToString()), ct);

    /// <summary>GET /api/v1/stop-order/{orderId}.</summary>
    public Task<Result<string>> GetStopOrderAsync(string orderId, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.GetStopOrder, orderId, null), ct);

    /// <summary>GET /api/v1/stop-order/queryOrderByClientOid?clientOid=&amp;symbol=.</summary>
    public Task<Result<string>> GetStopOrderByClientOidAsync(string symbol, string clientOid, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.GetStopOrderByClientOid, new QueryBuilder().Add("clientOid", clientOid).Add("symbol", symbol).ToString()), ct);

    /// <summary>DELETE /api/v1/stop-order/{orderId}.</summary>
    public Task<Result<string>> CancelStopOrderAsync(string orderId, CancellationToken ct) =>
        CallAsync(WithId(KucoinEndpoints.CancelStopOrder, orderId, null), ct);

    /// <summary>DELETE /api/v1/stop-order/cancelOrderByClientOid?clientOid=&amp;symbol=.</summary>
    public Task<Result<string>> CancelStopOrderByClientOidAsync(string symbol, string clientOid, CancellationToken ct) =>
        CallAsync(new RestRequest(KucoinEndpoints.CancelStopOrderByClientOid, new QueryBuilder().Add("clientOid", clientOid).Add("symbol", symbol).ToString()), ct);

    /// <summary>GET /api/v1/user/api-key.</summary>
    public Task<Result<string>> ApiKeyAsync(CancellationToken ct) => CallAsync(new RestRequest(KucoinEndpoints.ApiKey), ct);

    /// <summary>The exact JSON KuCoin is sent (compact, fields in the given order), so the signed body is the sent body.</summary>
    public static string Json(IReadOnlyList<KeyValuePair<string, object>> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case bool b: writer.WriteBoolean(name, b); break;
                    case decimal d: writer.WriteString(name, QueryBuilder.Format(d)); break;
                    case string s: writer.WriteString(name, s); break;
                    default: writer.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RestRequest WithId(Endpoint endpoint, string id, string? symbol) =>
        new(endpoint, new QueryBuilder().Add("symbol", symbol).ToString()) { Path = KucoinEndpoints.Fill(endpoint, id) };

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        // KuCoin reports errors in the envelope, with HTTP 200 or 4xx alike.
        var error = KucoinJson.EnvelopeError(reply.Body, reply.StatusCode);
        if (error is null && !reply.IsSuccess)
        {
            var status = reply.StatusCode.ToString(CultureInfo.InvariantCulture);
            error = ExchangeErrorTable.FromHttpStatus(reply.StatusCode, status, $"kucoin {request.Endpoint}: HTTP {status}");
        }
        if (error is null) return reply.Body;
        if (error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return error;
    }
}
