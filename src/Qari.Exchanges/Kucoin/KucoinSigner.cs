using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// Signs KuCoin requests: <c>KC-API-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + endpoint + body))</c>,
/// where endpoint is the path with its query (un-encoded, as KuCoin documents) and body the exact JSON sent. For key
/// version 2 and later the passphrase header is itself <c>base64(HMAC-SHA256(secret, passphrase))</c>. Signing only.
/// </summary>
public sealed class KucoinSigner : IRequestSigner
{
    /// <summary>The key version Qari sends; versions 2 and 3 sign identically (HMAC'd passphrase).</summary>
    public const string KeyVersion = "2";

    /// <summary>The media type of POST bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var ts = timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var endpoint = request.Query.Length == 0 ? request.Path : request.Path + "?" + Uri.UnescapeDataString(request.Query);
        var prehash = Prehash(ts, request.Method.Method, endpoint, request.Body);
        var (sign, passphrase) = credentials.UseSecrets((secret, pass) => (Signature(secret, prehash), PassphraseHeader(secret, pass)));
        var contentType = request.Body.Length > 0 ? request.ContentType ?? JsonContentType : request.ContentType;
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body, contentType,
        [
            new(KucoinHeaders.Key, credentials.KeyId),
            new(KucoinHeaders.Sign, sign),
            new(KucoinHeaders.Timestamp, ts),
            new(KucoinHeaders.Passphrase, passphrase),
            new(KucoinHeaders.KeyVersion, KeyVersion),
        ]);
    }

    /// <summary>The string KuCoin signs: timestamp + upper-case method + endpoint (with query) + body.</summary>
    public static string Prehash(string timestamp, string method, string endpointWithQuery, string body) =>
        timestamp + method.ToUpperInvariant() + endpointWithQuery + body;

    /// <summary>base64(HMAC-SHA256(secret, prehash)).</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string prehash) => Signatures.HmacSha256Base64(secret, prehash);

    /// <summary>The KC-API-PASSPHRASE value for key version ≥ 2: base64(HMAC-SHA256(secret, passphrase)).</summary>
    public static string PassphraseHeader(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> passphrase) =>
        Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(secret, passphrase));
}
