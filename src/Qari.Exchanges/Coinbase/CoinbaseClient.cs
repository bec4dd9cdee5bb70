using System.Globalization;
using System.Text.Json.Nodes;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// The raw Coinbase Advanced Trade client: one method per endpoint, answer body (2xx) or a typed error. Coinbase
/// answers every JWT problem with a bare 401, so a 401 is diagnosed: the server clock is measured again, and if it
/// moved by more than <see cref="ClockJump"/> the token was stale (timestamp out of window), else the key is invalid.
/// </summary>
public sealed class CoinbaseClient
{
    /// <summary>A clock correction beyond this after a 401 means the JWT's nbf/exp were wrong, not the key.</summary>
    public static readonly TimeSpan ClockJump = TimeSpan.FromSeconds(30);

    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private bool? _keyUsable;

    /// <summary>Creates a client on the shared pipeline for one key (null: public data only).</summary>
    public CoinbaseClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>The error table (also used for HTTP-200 order failures).</summary>
    public CoinbaseErrorTable Errors { get; } = new();

    /// <summary>GET /time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(CoinbaseEndpoints.Time), ct);

    /// <summary>GET /market/products?product_type=SPOT.</summary>
    public Task<Result<string>> ProductsAsync(CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.Products, new QueryBuilder().Add("product_type", "SPOT").ToString()), ct);

    /// <summary>GET /market/products/{id}/candles.</summary>
    public Task<Result<string>> CandlesAsync(string productId, long startS, long endS, string granularity, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.Candles, new QueryBuilder().Add("start", startS).Add("end", endS).Add("granularity", granularity).Add("limit", 350L).ToString())
        { Path = CoinbaseEndpoints.Candles.Path.Replace("{product_id}", Uri.EscapeDataString(productId), StringComparison.Ordinal) }, ct);

    /// <summary>GET /market/product_book.</summary>
    public Task<Result<string>> ProductBookAsync(string productId, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.ProductBook, new QueryBuilder().Add("product_id", productId).Add("limit", limit).ToString()), ct);

    /// <summary>GET /best_bid_ask.</summary>
    public Task<Result<string>> BestBidAskAsync(CancellationToken ct) => CallAsync(new RestRequest(CoinbaseEndpoints.BestBidAsk), ct);

    /// <summary>GET /accounts.</summary>
    public Task<Result<string>> AccountsAsync(string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.Accounts, new QueryBuilder().Add("limit", 250L).Add("cursor", cursor).ToString()), ct);

    /// <summary>POST /orders (never retried; idempotent on client_order_id at Coinbase).</summary>
    public Task<Result<string>> CreateOrderAsync(JsonObject body, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.CreateOrder, body: body.ToJsonString(), contentType: CoinbaseSigner.JsonContentType), ct);

    /// <summary>POST /orders/batch_cancel for one order.</summary>
    public Task<Result<string>> CancelAsync(string orderId, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.BatchCancel, body: new JsonObject { ["order_ids"] = new JsonArray(orderId) }.ToJsonString(),
            contentType: CoinbaseSigner.JsonContentType), ct);

    /// <summary>GET /orders/historical/{order_id}.</summary>
    public Task<Result<string>> OrderAsync(string orderId, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.GetOrder) { Path = CoinbaseEndpoints.GetOrder.Path.Replace("{order_id}", Uri.EscapeDataString(orderId), StringComparison.Ordinal) }, ct);

    /// <summary>GET /orders/historical/batch.</summary>
    public Task<Result<string>> OrdersAsync(string? productId, bool openOnly, string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.ListOrders, new QueryBuilder().Add("order_status", openOnly ? "OPEN" : null).Add("product_ids", productId)
            .Add("limit", 250L).Add("cursor", cursor).ToString()), ct);

    /// <summary>GET /orders/historical/fills.</summary>
    public Task<Result<string>> FillsAsync(string productId, string start, string? cursor, CancellationToken ct) =>
        CallAsync(new RestRequest(CoinbaseEndpoints.Fills, new QueryBuilder().Add("product_ids", productId).Add("start_sequence_timestamp", start)
            .Add("limit", 250L).Add("cursor", cursor).ToString()), ct);

    /// <summary>GET /key_permissions.</summary>
    public Task<Result<string>> KeyPermissionsAsync(CancellationToken ct) => CallAsync(new RestRequest(CoinbaseEndpoints.KeyPermissions), ct);

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        if (request.Endpoint.Signed && _credentials is not null)
        {
            _keyUsable ??= _credentials.UseSecrets((pem, _) => CoinbaseJwt.IsEcPrivateKey(pem));
            if (_keyUsable == false)
                return new Error(ErrorKind.InvalidKey, "coinbase.key", "coinbase: the secret is not an EC P-256 private key in PEM (Ed25519 CDP keys are not supported yet).");
        }
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        if (reply.IsSuccess) return reply.Body;
        var status = reply.StatusCode;
        if (status == 401) return await DiagnoseUnauthorizedAsync(request, ct).ConfigureAwait(false);
        if (CoinbaseParser.Error(reply.Body) is { } e) return Errors.Map(e.Code, e.Message, status);
        return ExchangeErrorTable.FromHttpStatus(status, status.ToString(CultureInfo.InvariantCulture), $"coinbase {request.Endpoint}: HTTP {status}");
    }

    private async Task<Result<string>> DiagnoseUnauthorizedAsync(RestRequest request, CancellationToken ct)
    {
        var before = _http.Clock.Offset;
        _http.Clock.Invalidate();
        var measured = await _http.SyncClockAsync(ct).ConfigureAwait(false);
        if (measured.IsSuccess && (measured.Value - before).Duration() > ClockJump)
            return new Error(ErrorKind.TimestampOutOfWindow, "401", $"coinbase {request.Endpoint}: 401 with a server clock {(measured.Value - before).TotalSeconds:0} s away from ours; the JWT was outside its validity, the clock is corrected now.", Transient: true);
        return new Error(ErrorKind.InvalidKey, "401", $"coinbase {request.Endpoint}: 401 Unauthorized (unknown or revoked key, wrong private key, or IP not allowed).");
    }
}
