using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Binance;

/// <summary>
/// Binance HMAC-SHA256 signing: <c>recvWindow</c> and <c>timestamp</c> are appended to the query (GET/DELETE) or
/// the form body (POST), the signature is the lower-case hex HMAC of query ‖ body (no '&amp;' between them) and
/// is appended as <c>signature=</c>; the key goes in <c>X-MBX-APIKEY</c>.
/// </summary>
public sealed class BinanceSigner : IRequestSigner
{
    /// <summary>The header carrying the API key.</summary>
    public const string KeyHeader = "X-MBX-APIKEY";

    /// <summary>The form media type Binance expects for POST bodies.</summary>
    public const string FormContentType = "application/x-www-form-urlencoded";

    private readonly int _recvWindowMs;

    /// <summary>Creates a signer sending <paramref name="recvWindowMs"/> (Binance default 5000, max 60000).</summary>
    public BinanceSigner(int recvWindowMs = 5000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recvWindowMs);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recvWindowMs, 60_000);
        _recvWindowMs = recvWindowMs;
    }

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        var inBody = request.Method == HttpMethod.Post || request.Method == HttpMethod.Put;
        var auth = "recvWindow=" + _recvWindowMs.ToString(CultureInfo.InvariantCulture) +
                   "&timestamp=" + timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var query = inBody ? request.Query : Join(request.Query, auth);
        var body = inBody ? Join(request.Body, auth) : request.Body;
        var payload = query + body;
        var signature = credentials.UseSecrets((secret, _) => Signature(secret, payload));
        if (inBody) body = Join(body, "signature=" + signature);
        else query = Join(query, "signature=" + signature);
        var pathAndQuery = query.Length == 0 ? request.Path : request.Path + "?" + query;
        var contentType = body.Length > 0 ? FormContentType : request.ContentType;
        return new SignedRequest(request.Method, pathAndQuery, body, contentType, [new(KeyHeader, credentials.KeyId)]);
    }

    /// <summary>The signature of <paramref name="payload"/> (query ‖ body as sent).</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string payload) => Signatures.HmacSha256Hex(secret, payload);

    private static string Join(string left, string right) => left.Length == 0 ? right : right.Length == 0 ? left : left + "&" + right;
}
