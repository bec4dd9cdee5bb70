using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// The raw Kraken client: one method per endpoint; unwraps <c>{"error":[],"result":…}</c> (HTTP 200 even for
/// errors) and returns <c>result</c> as JSON text, or the first error mapped by <see cref="KrakenErrorTable"/>.
/// </summary>
public sealed class KrakenClient
{
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;
    private readonly KrakenErrorTable _errors = new();

    /// <summary>Creates a client on the shared pipeline for one key (null: public data only).</summary>
    public KrakenClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /0/public/Time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(KrakenEndpoints.Time), ct);

    /// <summary>GET /0/public/AssetPairs.</summary>
    public Task<Result<string>> AssetPairsAsync(CancellationToken ct) => CallAsync(new RestRequest(KrakenEndpoints.AssetPairs), ct);

    /// <summary>GET /0/public/OHLC.</summary>
    public Task<Result<string>> OhlcAsync(string pair, int intervalMinutes, long sinceSeconds, CancellationToken ct) =>
        CallAsync(new RestRequest(KrakenEndpoints.Ohlc, new QueryBuilder().Add("pair", pair).Add("interval", intervalMinutes).Add("since", sinceSeconds).ToString()), ct);

    /// <summary>GET /0/public/Depth.</summary>
    public Task<Result<string>> DepthAsync(string pair, int count, CancellationToken ct) =>
        CallAsync(new RestRequest(KrakenEndpoints.Depth, new QueryBuilder().Add("pair", pair).Add("count", count).ToString()), ct);

    /// <summary>GET /0/public/Ticker (all pairs).</summary>
    public Task<Result<string>> TickerAsync(CancellationToken ct) => CallAsync(new RestRequest(KrakenEndpoints.Ticker), ct);

    /// <summary>POST /0/private/BalanceEx.</summary>
    public Task<Result<string>> BalanceExAsync(CancellationToken ct) => Private(KrakenEndpoints.BalanceEx, new QueryBuilder(), ct);

    /// <summary>POST /0/private/AddOrder (never retried).</summary>
    public Task<Result<string>> AddOrderAsync(QueryBuilder form, CancellationToken ct) => Private(KrakenEndpoints.AddOrder, form, ct);

    /// <summary>POST /0/private/CancelOrder by txid or cl_ord_id.</summary>
    public Task<Result<string>> CancelOrderAsync(string? txid, string? clOrdId, CancellationToken ct) =>
        Private(KrakenEndpoints.CancelOrder, new QueryBuilder().Add("txid", txid).Add("cl_ord_id", txid is null ? clOrdId : null), ct);

    /// <summary>POST /0/private/QueryOrders.</summary>
    public Task<Result<string>> QueryOrdersAsync(string txid, CancellationToken ct) =>
        Private(KrakenEndpoints.QueryOrders, new QueryBuilder().Add("txid", txid), ct);

    /// <summary>POST /0/private/OpenOrders.</summary>
    public Task<Result<string>> OpenOrdersAsync(string? clOrdId, CancellationToken ct) =>
        Private(KrakenEndpoints.OpenOrders, new QueryBuilder().Add("cl_ord_id", clOrdId), ct);

    /// <summary>POST /0/private/ClosedOrders.</summary>
    public Task<Result<string>> ClosedOrdersAsync(string? clOrdId, CancellationToken ct) =>
        Private(KrakenEndpoints.ClosedOrders, new QueryBuilder().Add("cl_ord_id", clOrdId), ct);

    /// <summary>POST /0/private/TradesHistory.</summary>
    public Task<Result<string>> TradesHistoryAsync(long startSeconds, int offset, CancellationToken ct) =>
        Private(KrakenEndpoints.TradesHistory, new QueryBuilder().Add("start", startSeconds).Add("ofs", offset), ct);

    /// <summary>POST /0/private/GetApiKeyInfo.</summary>
    public Task<Result<string>> ApiKeyInfoAsync(CancellationToken ct) => Private(KrakenEndpoints.GetApiKeyInfo, new QueryBuilder(), ct);

    private Task<Result<string>> Private(Http.Endpoint endpoint, QueryBuilder form, CancellationToken ct)
    {
        if (_credentials is not null && !_credentials.UseSecrets((secret, _) => KrakenSigner.IsBase64(secret)))
            return Task.FromResult<Result<string>>(new Error(ErrorKind.InvalidKey, "kraken.secret", "kraken: the API secret is not base64 (copy the private key exactly as Kraken shows it)."));
        var request = new RestRequest(endpoint, body: form.ToString(), contentType: KrakenSigner.FormContentType);
        return KrakenEndpoints.IsRead(endpoint) ? ReadAsync(request, ct) : CallAsync(request, ct);
    }

    // Kraken's private reads are POSTs, which the pipeline never retries; they change nothing, so they are retried
    // here like GETs (each attempt is signed again with a fresh nonce). A lost answer to a read is a network error.
    private async Task<Result<string>> ReadAsync(RestRequest request, CancellationToken ct)
    {
        var delay = _http.Options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var result = await CallAsync(request, ct).ConfigureAwait(false);
            if (result.IsSuccess) return result;
            var error = result.Error.Kind == ErrorKind.UnknownOutcome ? result.Error with { Kind = ErrorKind.Network, Code = "network" } : result.Error;
            var retry = error.Kind is ErrorKind.Network || (error.Kind is ErrorKind.ExchangeUnavailable && error.Transient);
            if (!retry || attempt >= _http.Options.ReadRetries) return error;
            await Task.Delay(delay, _http.Time, ct).ConfigureAwait(false);
            delay *= 2;
        }
    }

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        var status = reply.StatusCode;
        var envelope = KrakenParser.Envelope(reply.Body);
        if (envelope is { Errors.Count: 0 } ok && reply.IsSuccess) return ok.Result;
        Error error;
        if (envelope is { Errors.Count: > 0 } failed)
        {
            var (code, detail) = KrakenErrorTable.Split(failed.Errors[0]);
            error = _errors.Map(code, detail, status);
        }
        else
        {
            error = reply.IsSuccess
                ? Error.Malformed($"kraken {request.Endpoint}", "answer is not Kraken's {error,result} envelope")
                : ExchangeErrorTable.FromHttpStatus(status, status.ToString(CultureInfo.InvariantCulture), $"kraken {request.Endpoint}: HTTP {status}");
        }
        if (error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return error;
    }
}
