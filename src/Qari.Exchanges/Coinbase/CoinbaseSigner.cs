using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// Coinbase Advanced Trade authentication: a fresh ES256 JWT per request in <c>Authorization: Bearer</c>, bound to
/// the method, the API host and the path (<see cref="CoinbaseJwt"/>). The credentials' key id is the CDP key name
/// (<c>organizations/{org}/apiKeys/{id}</c>) and the secret is the EC private key PEM.
/// </summary>
public sealed class CoinbaseSigner(Uri baseUrl) : IRequestSigner
{
    /// <summary>The JSON media type of POST bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        var uri = CoinbaseJwt.Uri(request.Method.Method, baseUrl.Authority, request.Path);
        var nonce = CoinbaseJwt.NewNonce();
        var jwt = credentials.UseSecrets((pem, _) => CoinbaseJwt.Create(pem, credentials.KeyId, uri, timestamp, nonce));
        var contentType = request.Body.Length > 0 ? JsonContentType : request.ContentType;
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body, contentType, [new("Authorization", "Bearer " + jwt)]);
    }
}
