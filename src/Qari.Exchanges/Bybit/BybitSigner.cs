using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// Bybit v5 HMAC signing (signing only): <c>lowercase hex(HMAC-SHA256(secret, timestamp + apiKey + recvWindow + payload))</c>,
/// where payload is the query string exactly as sent (no <c>?</c>) for GET, or the exact JSON body for POST. The
/// auth travels in the <c>X-BAPI-*</c> headers; query and body are sent untouched.
/// </summary>
public sealed class BybitSigner : IRequestSigner
{
    /// <summary>Header carrying the API key.</summary>
    public const string ApiKeyHeader = "X-BAPI-API-KEY";
    /// <summary>Header carrying the request time in ms.</summary>
    public const string TimestampHeader = "X-BAPI-TIMESTAMP";
    /// <summary>Header carrying the signature.</summary>
    public const string SignHeader = "X-BAPI-SIGN";
    /// <summary>Header carrying the validity window in ms.</summary>
    public const string RecvWindowHeader = "X-BAPI-RECV-WINDOW";
    /// <summary>The JSON media type of POST bodies.</summary>
    public const string JsonContentType = "application/json";
    /// <summary>The default validity window (ms) Bybit documents.</summary>
    public const int DefaultRecvWindowMs = 5000;

    private readonly int _recvWindowMs;

    /// <summary>Creates a signer sending <paramref name="recvWindowMs"/> as the validity window.</summary>
    public BybitSigner(int recvWindowMs = DefaultRecvWindowMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recvWindowMs);
        _recvWindowMs = recvWindowMs;
    }

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ts = timestamp.ToUnixTimeMilliseconds();
        var payload = request.Method == HttpMethod.Get ? request.Query : request.Body;
        var signature = Sign(credentials, ts, _recvWindowMs, payload);
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body,
            request.Body.Length > 0 ? JsonContentType : request.ContentType,
        [
            new(ApiKeyHeader, credentials.KeyId),
            new(TimestampHeader, ts.ToString(CultureInfo.InvariantCulture)),
            new(SignHeader, signature),
            new(RecvWindowHeader, _recvWindowMs.ToString(CultureInfo.InvariantCulture)),
        ]);
    }

    /// <summary>The text that is signed.</summary>
    public static string PreHash(long timestampMs, string apiKey, int recvWindowMs, string payload) =>
        string.Create(CultureInfo.InvariantCulture, $"{timestampMs}{apiKey}{recvWindowMs}{payload}");

    /// <summary>Signs <paramref name="preHash"/> with the raw secret bytes; lower-case hex.</summary>
    public static string Sign(ReadOnlySpan<byte> secret, string preHash) => Signatures.HmacSha256Hex(secret, preHash);

    /// <summary>Signs a request with the credentials' secret, which is exposed only during the call.</summary>
    public static string Sign(IExchangeCredentials credentials, long timestampMs, int recvWindowMs, string payload)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var preHash = PreHash(timestampMs, credentials.KeyId, recvWindowMs, payload);
        return credentials.UseSecrets((secret, _) => Sign(secret, preHash));
    }
}
