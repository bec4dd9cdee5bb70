using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// Kraken private-endpoint signing: the form body starts with <c>nonce=</c> (strictly increasing per key, from
/// <see cref="IKrakenNonceSource"/>, at least the clock-corrected time in µs), and
/// <c>API-Sign = base64(HMAC-SHA512(base64decode(secret), path ‖ SHA-256(nonce + body)))</c>; the key goes in <c>API-Key</c>.
/// </summary>
public sealed class KrakenSigner(IKrakenNonceSource nonces) : IRequestSigner
{
    /// <summary>The form media type of private calls.</summary>
    public const string FormContentType = "application/x-www-form-urlencoded";

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        var micros = (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        var nonce = nonces.Next(credentials.KeyId, micros).ToString(CultureInfo.InvariantCulture);
        var body = "nonce=" + nonce + (request.Body.Length > 0 ? "&" + request.Body : "");
        var sign = credentials.UseSecrets((secret, _) => Signature(secret, request.Path, nonce, body));
        return new SignedRequest(request.Method, request.PathAndQuery, body, FormContentType,
            [new("API-Key", credentials.KeyId), new("API-Sign", sign)]);
    }

    /// <summary>
    /// The API-Sign of <paramref name="body"/> at <paramref name="path"/>; <paramref name="secretBase64"/> is the secret as
    /// Kraken shows it (base64 text, UTF-8). A secret that is not base64 signs with an empty key (Kraken refuses it).
    /// </summary>
    public static string Signature(ReadOnlySpan<byte> secretBase64, string path, string nonce, string body)
    {
        var key = new byte[secretBase64.Length];
        try
        {
            var ok = System.Buffers.Text.Base64.DecodeFromUtf8(secretBase64, key, out _, out var written) == System.Buffers.OperationStatus.Done;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(nonce + body));
            var pathBytes = Encoding.UTF8.GetBytes(path);
            var message = new byte[pathBytes.Length + hash.Length];
            pathBytes.CopyTo(message, 0);
            hash.CopyTo(message, pathBytes.Length);
            return Convert.ToBase64String(HMACSHA512.HashData(ok ? key.AsSpan(0, written) : [], message));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>True when the secret is valid base64 (checked before a private call, so a mistyped secret is a clear error).</summary>
    public static bool IsBase64(ReadOnlySpan<byte> secret)
    {
        var scratch = new byte[secret.Length];
        try
        {
            return secret.Length > 0 && System.Buffers.Text.Base64.DecodeFromUtf8(secret, scratch, out _, out _) == System.Buffers.OperationStatus.Done;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scratch);
        }
    }
}
