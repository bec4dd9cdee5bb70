using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// The signed request pipeline of one exchange at one base URL and egress IP, shared by every account sending
/// from it (it holds no credentials; they come with each call). It waits for rate-limit permits (IP gate shared
/// through <see cref="RateLimitRegistry"/>, key gate per key), corrects the timestamp with the measured server
/// clock, signs the exact bytes, sends them on the injected <see cref="HttpClient"/>, measures the round trip and
/// backs off on 429/418. Reads (GET) are retried after network errors and 5xx; nothing else ever is. A timeout,
/// dropped connection or 5xx on an order request is <see cref="ErrorKind.UnknownOutcome"/>.
/// </summary>
public sealed class ExchangeHttpClient
{
    private readonly HttpClient _http;
    private readonly IRequestSigner _signer;
    private readonly RateLimitPolicy _policy;
    private readonly RateLimitRegistry _limits;
    private readonly ServerTimeSource? _timeSource;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _clockSync = new(1, 1);

    /// <summary>Creates the pipeline; <paramref name="http"/> is shared (never one per object) and must not have a base address set.</summary>
    public ExchangeHttpClient(
        ExchangeId exchange,
        HttpClient http,
        ExchangeHttpOptions options,
        IRequestSigner signer,
        RateLimitPolicy policy,
        RateLimitRegistry limits,
        TimeProvider time,
        ServerTimeSource? timeSource = null,
        ILogger? logger = null)
    {
        Exchange = exchange;
        _http = http;
        Options = options;
        _signer = signer;
        _policy = policy;
        _limits = limits;
        _time = time;
        _timeSource = timeSource;
        _log = logger ?? NullLogger.Instance;
        Clock = new ServerClock(time);
        IpGate = limits.ForIp(exchange, options.EgressIp, policy);
    }

    /// <summary>The exchange this pipeline talks to.</summary>
    public ExchangeId Exchange { get; }

    /// <summary>Base URL and settings.</summary>
    public ExchangeHttpOptions Options { get; }

    /// <summary>The exchange's clock as measured from here.</summary>
    public ServerClock Clock { get; }

    /// <summary>The rate gate of this egress IP (shared with every other client of the same exchange and IP).</summary>
    public RateGate IpGate { get; }

    /// <summary>The time source the pipeline runs on.</summary>
    public TimeProvider Time => _time;

    /// <summary>Sends <paramref name="request"/>, signed with <paramref name="credentials"/> when its endpoint is signed.</summary>
    public async Task<Result<HttpReply>> SendAsync(RestRequest request, IExchangeCredentials? credentials, CancellationToken cancellationToken)
    {
        var endpoint = request.Endpoint;
        if (endpoint.Signed && credentials is null)
            return new Error(ErrorKind.InvalidKey, "no-credentials", $"{Exchange.Name()} {endpoint}: this call needs an API key and none was given.");
        if (endpoint.Signed && _timeSource is not null && Clock.IsStale(Options.ClockResyncInterval))
        {
            var synced = await SyncClockAsync(cancellationToken).ConfigureAwait(false);
            if (!synced.IsSuccess) return synced.Error;
        }
        var attempts = endpoint.IsIdempotentRead ? 1 + Math.Max(0, Options.ReadRetries) : 1;
        var delay = Options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var permitted = await AcquireAsync(endpoint, credentials, cancellationToken).ConfigureAwait(false);
            if (!permitted.IsSuccess) return permitted.Error;
            var sent = await SendOnceAsync(request, credentials, attempt, cancellationToken).ConfigureAwait(false);
            var retry = endpoint.IsIdempotentRead && attempt < attempts &&
                        (!sent.IsSuccess ? sent.Error.Kind == ErrorKind.Network : sent.Value.StatusCode >= 500);
            if (!retry) return sent;
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }

    /// <summary>Measures the server-clock offset now (also done automatically before signed requests when stale).</summary>
    public async Task<Result<TimeSpan>> SyncClockAsync(CancellationToken cancellationToken)
    {
        if (_timeSource is null) return new Error(ErrorKind.Validation, "no-time-endpoint", $"{Exchange.Name()}: no server-time endpoint configured.");
        await _clockSync.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Clock.IsStale(Options.ClockResyncInterval)) return Clock.Offset;
            var measured = await Clock.MeasureAsync(async ct =>
            {
                var reply = await SendAsync(new RestRequest(_timeSource.Endpoint), null, ct).ConfigureAwait(false);
                if (!reply.IsSuccess) return reply.Error;
                return reply.Value.IsSuccess
                    ? _timeSource.Parse(reply.Value)
                    : ExchangeErrorTable.FromHttpStatus(reply.Value.StatusCode, reply.Value.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{Exchange.Name()} server time: HTTP {reply.Value.StatusCode}");
            }, cancellationToken, Options.ClockSamples).ConfigureAwait(false);
            if (measured.IsSuccess) HttpClientLog.ClockMeasured(_log, Exchange.Name(), (long)measured.Value.TotalMilliseconds);
            return measured;
        }
        finally
        {
            _clockSync.Release();
        }
    }

    private async Task<Result<bool>> AcquireAsync(Endpoint endpoint, IExchangeCredentials? credentials, CancellationToken cancellationToken)
    {
        var ip = await IpGate.AcquireAsync(endpoint, cancellationToken).ConfigureAwait(false);
        if (!ip.IsSuccess || credentials is null || endpoint.KeyWeight <= 0) return ip;
        return await _limits.ForKey(Exchange, credentials.KeyId, _policy).AcquireAsync(endpoint, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<HttpReply>> SendOnceAsync(RestRequest request, IExchangeCredentials? credentials, int attempt, CancellationToken cancellationToken)
    {
        var endpoint = request.Endpoint;
        var signed = endpoint.Signed ? _signer.Sign(request, credentials!, Clock.Now - Options.TimestampSafetyMargin) : SignedRequest.Unsigned(request);
        using var message = BuildMessage(signed);
        using var timeout = new CancellationTokenSource(Options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = _time.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var reply = new HttpReply((int)response.StatusCode, body, CollectHeaders(response), _time.GetElapsedTime(started));
            HttpClientLog.Answered(_log, Exchange.Name(), endpoint.Method.Method, request.Path, reply.StatusCode, (long)reply.Elapsed.TotalMilliseconds);
            Observe(reply);
            if (endpoint.PlacesOrder && reply.StatusCode >= 500)
                return Unknown(request, $"HTTP {reply.StatusCode} after the order was sent");
            return reply;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(request, $"no answer within {Options.Timeout.TotalSeconds:0.###} s", attempt);
        }
        catch (HttpRequestException ex)
        {
            return Failed(request, ex.HttpRequestError.ToString(), attempt);
        }
        catch (IOException ex)
        {
            return Failed(request, ex.GetType().Name, attempt);
        }
    }

    private Error Failed(RestRequest request, string reason, int attempt)
    {
        HttpClientLog.NetworkFailure(_log, Exchange.Name(), request.Method.Method, request.Path, reason, attempt);
        // Anything but a read may have reached the exchange and acted: its outcome is unknown, never "rejected".
        return request.Endpoint.IsIdempotentRead
            ? new Error(ErrorKind.Network, "network", $"{Exchange.Name()} {request.Endpoint}: {reason}.", Transient: true)
            : Unknown(request, reason);
    }

    private Error Unknown(RestRequest request, string reason) =>
        new(ErrorKind.UnknownOutcome, "unknown-outcome", $"{Exchange.Name()} {request.Endpoint}: {reason}; the request may have been executed — resolve by client order id, do not resend.", Transient: true);

    private void Observe(HttpReply reply)
    {
        if (!reply.IsRateLimited) return;
        var now = _time.GetUtcNow();
        var until = now + (reply.RetryAfter(now) ?? Options.DefaultBackoff);
        IpGate.BackOff(until);
        HttpClientLog.BackingOff(_log, Exchange.Name(), reply.StatusCode, until);
    }

    private HttpRequestMessage BuildMessage(SignedRequest signed)
    {
        var message = new HttpRequestMessage(signed.Method, new Uri(Options.BaseUrl, signed.PathAndQuery));
        foreach (var (name, value) in signed.Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (signed.Body.Length > 0 || signed.ContentType is not null)
        {
            // Exact bytes: the signed body string, UTF-8, with the media type and no added charset.
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(signed.Body));
            if (signed.ContentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(signed.ContentType);
            message.Content = content;
        }
        return message;
    }

    private static Dictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers) headers[name.ToLowerInvariant()] = string.Join(",", values);
        foreach (var (name, values) in response.Content.Headers) headers[name.ToLowerInvariant()] = string.Join(",", values);
        return headers;
    }
}
