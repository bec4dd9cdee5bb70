using System.Globalization;
using System.Text;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Bitget;

/// <summary>
/// Bitget v2 signing: <c>ACCESS-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + path + ("?" + query) + body))</c>
/// with the timestamp in ms; the key, timestamp and the plain passphrase travel in <c>ACCESS-*</c> headers.
/// </summary>
public sealed class BitgetSigner : IRequestSigner
{
    /// <summary>The JSON media type Bitget expects on POST bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        var ts = timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var prehash = Prehash(ts, request.Method.Method, request.Path, request.Query, request.Body);
        var (sign, passphrase) = credentials.UseSecrets((secret, pass) => (Signatures.HmacSha256Base64(secret, prehash), Encoding.UTF8.GetString(pass)));
        var contentType = request.Body.Length > 0 ? JsonContentType : request.ContentType;
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body, contentType,
        [
            new("ACCESS-KEY", credentials.KeyId),
            new("ACCESS-SIGN", sign),
            new("ACCESS-TIMESTAMP", ts),
            new("ACCESS-PASSPHRASE", passphrase),
            new("locale", "en-US"),
        ]);
    }

    /// <summary>The string Bitget signs: timestamp + upper-case method + path + ("?" + query when not empty) + body.</summary>
    public static string Prehash(string timestamp, string method, string path, string query, string body) =>
        timestamp + method.ToUpperInvariant() + path + (query.Length > 0 ? "?" + query : "") + body;
}
