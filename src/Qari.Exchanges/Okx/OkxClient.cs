using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>
/// The raw OKX v5 client for spot: one method per endpoint, wire parameters in, the answer body out (HTTP 2xx; the
/// <c>code</c>/<c>sCode</c> inside are checked by the parsers) or a typed error — OKX answers auth failures with
/// HTTP 401 and rate limits with 429, each with a code in the body.
/// </summary>
public sealed class OkxClient
{
    private const string Spot = "SPOT";
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private readonly OkxErrorTable _errors = new();

    /// <summary>Creates a client on the shared pipeline, for one key (null for public data only).</summary>
    public OkxClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /api/v5/public/time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(OkxEndpoints.ServerTime), ct);

    /// <summary>GET /api/v5/public/instruments?instType=SPOT.</summary>
    public Task<Result<string>> InstrumentsAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.Instruments, new QueryBuilder().Add("instType", Spot).ToString()), ct);

    /// <summary>GET candles older than <paramref name="after"/> (recent or history endpoint), newest first.</summary>
    public Task<Result<string>> CandlesAsync(bool history, string instId, string bar, long after, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(history ? OkxEndpoints.HistoryCandles : OkxEndpoints.Candles, new QueryBuilder().Add("instId", instId)
            .Add("bar", bar).Add("after", after).Add("limit", limit).ToString()), ct);

    /// <summary>GET /api/v5/market/books.</summary>
    public Task<Result<string>> BooksAsync(string instId, int size, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.Books, new QueryBuilder().Add("instId", instId).Add("sz", size).ToString()), ct);

    /// <summary>GET /api/v5/market/tickers?instType=SPOT.</summary>
    public Task<Result<string>> TickersAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.Tickers, new QueryBuilder().Add("instType", Spot).ToString()), ct);

    /// <summary>GET /api/v5/account/balance.</summary>
    public Task<Result<string>> BalanceAsync(CancellationToken ct) => CallAsync(new RestRequest(OkxEndpoints.Balance), ct);

    /// <summary>GET /api/v5/account/config.</summary>
    public Task<Result<string>> AccountConfigAsync(CancellationToken ct) => CallAsync(new RestRequest(OkxEndpoints.AccountConfig), ct);

    /// <summary>POST /api/v5/trade/order (never retried).</summary>
    public Task<Result<string>> PlaceOrderAsync(string jsonBody, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.PlaceOrder, body: jsonBody, contentType: OkxSigner.JsonContentType), ct);

    /// <summary>POST /api/v5/trade/order-algo (never retried).</summary>
    public Task<Result<string>> PlaceAlgoAsync(string jsonBody, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.PlaceAlgo, body: jsonBody, contentType: OkxSigner.JsonContentType), ct);

    /// <summary>GET /api/v5/trade/order by <c>ordId</c> or <c>clOrdId</c>.</summary>
    public Task<Result<string>> GetOrderAsync(string instId, string? ordId, string? clOrdId, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.GetOrder, new QueryBuilder().Add("instId", instId).Add("ordId", ordId)
            .Add("clOrdId", ordId is null ? clOrdId : null).ToString()), ct);

    /// <summary>GET /api/v5/trade/order-algo by <c>algoId</c> or <c>algoClOrdId</c>.</summary>
    public Task<Result<string>> GetAlgoAsync(string? algoId, string? algoClOrdId, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.GetAlgo, new QueryBuilder().Add("algoId", algoId)
            .Add("algoClOrdId", algoId is null ? algoClOrdId : null).ToString()), ct);

    /// <summary>POST /api/v5/trade/cancel-order by <c>ordId</c>.</summary>
    public Task<Result<string>> CancelOrderAsync(string instId, string ordId, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.CancelOrder, body: OkxJsonBody.Of(("instId", instId), ("ordId", ordId)),
            contentType: OkxSigner.JsonContentType), ct);

    /// <summary>POST /api/v5/trade/cancel-algos for one algo order.</summary>
    public Task<Result<string>> CancelAlgoAsync(string instId, string algoId, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.CancelAlgos, body: OkxJsonBody.ArrayOf(("algoId", algoId), ("instId", instId)),
            contentType: OkxSigner.JsonContentType), ct);

    /// <summary>GET /api/v5/trade/orders-pending (page older than <paramref name="after"/> order id).</summary>
    public Task<Result<string>> OrdersPendingAsync(string? instId, string? after, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.OrdersPending, new QueryBuilder().Add("instType", Spot).Add("instId", instId)
            .Add("after", after).Add("limit", 100).ToString()), ct);

    /// <summary>GET /api/v5/trade/orders-algo-pending?ordType=conditional (page older than <paramref name="after"/> algo id).</summary>
    public Task<Result<string>> AlgoPendingAsync(string? instId, string? after, CancellationToken ct) =>
        CallAsync(new RestRequest(OkxEndpoints.AlgoPending, new QueryBuilder().Add("ordType", "conditional").Add("instType", Spot)
            .Add("instId", instId).Add("after", after).Add("limit", 100).ToString()), ct);

    /// <summary>GET fills (3-day or 3-month endpoint) from <paramref name="begin"/>, page older than <paramref name="after"/> bill id.</summary>
    public Task<Result<string>> FillsAsync(bool history, string instId, long begin, string? after, CancellationToken ct) =>
        CallAsync(new RestRequest(history ? OkxEndpoints.FillsHistory : OkxEndpoints.Fills, new QueryBuilder().Add("instType", Spot)
            .Add("instId", instId).Add("begin", begin).Add("after", after).Add("limit", 100).ToString()), ct);

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
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                return (code.GetString()!, doc.RootElement.TryGetProperty("msg", out var m) ? m.ToString() : "");
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): fall back on the HTTP status.
        }
        return null;
    }
}
