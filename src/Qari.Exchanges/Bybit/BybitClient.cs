using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// The raw Bybit v5 spot client: one method per endpoint, wire parameters in, the answer body out (HTTP 2xx; the
/// <c>retCode</c> inside is checked by the parsers) or a typed error for non-2xx answers and network failures.
/// </summary>
public sealed class BybitClient
{
    private const string Spot = "spot";
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private readonly BybitErrorTable _errors = new();

    /// <summary>Creates a client on the shared pipeline, for one key (null for public data only).</summary>
    public BybitClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /v5/market/time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(BybitEndpoints.ServerTime), ct);

    /// <summary>GET /v5/market/instruments-info?category=spot.</summary>
    public Task<Result<string>> InstrumentsAsync(string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.Instruments, new QueryBuilder().Add("category", Spot).Add("cursor", cursor).ToString()), ct);

    /// <summary>GET /v5/market/kline: the newest <paramref name="limit"/> candles with start in [start, end].</summary>
    public Task<Result<string>> KlinesAsync(string symbol, string interval, long start, long end, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.Klines, new QueryBuilder().Add("category", Spot).Add("symbol", symbol)
            .Add("interval", interval).Add("start", start).Add("end", end).Add("limit", limit).ToString()), ct);

    /// <summary>GET /v5/market/orderbook.</summary>
    public Task<Result<string>> OrderBookAsync(string symbol, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.OrderBook, new QueryBuilder().Add("category", Spot).Add("symbol", symbol).Add("limit", limit).ToString()), ct);

    /// <summary>GET /v5/market/tickers?category=spot (all symbols).</summary>
    public Task<Result<string>> TickersAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.Tickers, new QueryBuilder().Add("category", Spot).ToString()), ct);

    /// <summary>GET /v5/account/wallet-balance?accountType=UNIFIED.</summary>
    public Task<Result<string>> WalletBalanceAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.WalletBalance, new QueryBuilder().Add("accountType", "UNIFIED").ToString()), ct);

    /// <summary>POST /v5/order/create with a JSON body built by the adapter (never retried).</summary>
    public Task<Result<string>> CreateOrderAsync(string jsonBody, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.CreateOrder, body: jsonBody, contentType: BybitSigner.JsonContentType), ct);

    /// <summary>POST /v5/order/cancel by <c>orderId</c> or <c>orderLinkId</c>; <paramref name="orderFilter"/> names TP/SL orders.</summary>
    public Task<Result<string>> CancelOrderAsync(string symbol, string? orderId, string? orderLinkId, string? orderFilter, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.CancelOrder, body: BybitJsonBody.Of(("category", Spot), ("symbol", symbol),
            ("orderId", orderId), ("orderLinkId", orderId is null ? orderLinkId : null), ("orderFilter", orderFilter)),
            contentType: BybitSigner.JsonContentType), ct);

    /// <summary>GET /v5/order/realtime: one order by id (open or recent), or the open orders of a symbol / all.</summary>
    public Task<Result<string>> RealtimeOrdersAsync(string? symbol, string? orderId, string? orderLinkId, string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.RealtimeOrders, new QueryBuilder().Add("category", Spot).Add("symbol", symbol)
            .Add("orderId", orderId).Add("orderLinkId", orderId is null ? orderLinkId : null)
            .Add("limit", orderId is null && orderLinkId is null ? 50 : null).Add("cursor", cursor).ToString()), ct);

    /// <summary>GET /v5/order/history for one order.</summary>
    public Task<Result<string>> OrderHistoryAsync(string? orderId, string? orderLinkId, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.OrderHistory, new QueryBuilder().Add("category", Spot)
            .Add("orderId", orderId).Add("orderLinkId", orderId is null ? orderLinkId : null).ToString()), ct);

    /// <summary>GET /v5/execution/list within [startTime, endTime] (at most 7 days apart).</summary>
    public Task<Result<string>> ExecutionsAsync(string symbol, long startTime, long endTime, string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(BybitEndpoints.Executions, new QueryBuilder().Add("category", Spot).Add("symbol", symbol)
            .Add("startTime", startTime).Add("endTime", endTime).Add("limit", 100).Add("cursor", cursor).ToString()), ct);

    /// <summary>GET /v5/user/query-api.</summary>
    public Task<Result<string>> QueryApiAsync(CancellationToken ct) => CallAsync(new RestRequest(BybitEndpoints.QueryApiKey), ct);

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        if (reply.IsSuccess) return reply.Body;
        var status = reply.StatusCode.ToString(CultureInfo.InvariantCulture);
        var (code, message) = TryReadCode(reply.Body) ?? (status, $"{request.Endpoint}: HTTP {status}");
        return _errors.Map(code, message, reply.StatusCode);
    }

    private static (string Code, string Message)? TryReadCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("retCode", out var code) && code.ValueKind == JsonValueKind.Number)
                return (code.GetRawText(), doc.RootElement.TryGetProperty("retMsg", out var m) ? m.ToString() : "");
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): fall back on the HTTP status.
        }
        return null;
    }
}
