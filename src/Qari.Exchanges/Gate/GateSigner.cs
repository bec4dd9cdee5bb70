using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Signs Gate APIv4 requests: <c>SIGN = hex(HMAC-SHA512(secret, METHOD\n/api/v4/path\nquery\nhex(SHA512(body))\ntimestamp))</c>
/// with the timestamp in Unix seconds and the query exactly as sent (empty when none). Headers KEY, Timestamp, SIGN.
/// Signing only.
/// </summary>
public sealed class GateSigner : IRequestSigner
{
    /// <summary>The media type of request bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var ts = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var prehash = Prehash(request.Method.Method, request.Path, request.Query, request.Body, ts);
        var sign = credentials.UseSecrets((secret, _) => Signature(secret, prehash));
        var contentType = request.Body.Length > 0 ? request.ContentType ?? JsonContentType : request.ContentType;
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body, contentType,
        [
            new(GateHeaders.Key, credentials.KeyId),
            new(GateHeaders.Timestamp, ts),
            new(GateHeaders.Sign, sign),
        ]);
    }

    /// <summary>The newline-joined string Gate signs; <paramref name="fullPath"/> includes <c>/api/v4</c>.</summary>
    public static string Prehash(string method, string fullPath, string query, string body, string timestamp) =>
        method.ToUpperInvariant() + "\n" + fullPath + "\n" + query + "\n" + BodyHash(body) + "\n" + timestamp;

    /// <summary>hex(SHA512(body)); the hash of "" when there is no body.</summary>
    public static string BodyHash(string body) => Signatures.Sha512Hex(body);

    /// <summary>hex(HMAC-SHA512(secret, prehash)), lower case.</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string prehash) => Signatures.HmacSha512Hex(secret, prehash);
}
