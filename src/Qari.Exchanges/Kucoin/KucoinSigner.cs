using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// Signs KuCoin requests: <c>KC-API-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + endpoint + body))</c>,
/// where endpoint is the path with its query (GET/DELETE) and body the exact JSON sent (POST). For key version 2
/// and later the passphrase header is itself <c>base64(HMAC-SHA256(secret, passphrase))</c>. Signing only.
/// </summary>
public sealed class KucoinSigner
{
    /// <summary>The key version Qari sends; versions 2 and 3 sign identically (HMAC'd passphrase).</summary>
    public const string KeyVersion = "2";

    /// <summary>The headers for one request, signed over exactly the bytes that will be sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sign(IExchangeCredentials credentials, long timestampMs, string method, string endpointWithQuery, string body)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var timestamp = timestampMs.ToString(CultureInfo.InvariantCulture);
        var prehash = Prehash(timestamp, method, endpointWithQuery, body);
        var (sign, passphrase) = credentials.UseSecrets((secret, pass) => (Signature(secret, prehash), PassphraseHeader(secret, pass)));
        return
        [
            new(KucoinHeaders.Key, credentials.KeyId),
            new(KucoinHeaders.Sign, sign),
            new(KucoinHeaders.Timestamp, timestamp),
            new(KucoinHeaders.Passphrase, passphrase),
            new(KucoinHeaders.KeyVersion, KeyVersion),
        ];
    }

    /// <summary>The string KuCoin signs: timestamp + upper-case method + endpoint (with query) + body.</summary>
    public static string Prehash(string timestamp, string method, string endpointWithQuery, string body) =>
        timestamp + method.ToUpperInvariant() + endpointWithQuery + body;

    /// <summary>base64(HMAC-SHA256(secret, prehash)).</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string prehash) =>
        Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(prehash)));

    /// <summary>The KC-API-PASSPHRASE value for key version ≥ 2: base64(HMAC-SHA256(secret, passphrase)).</summary>
    public static string PassphraseHeader(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> passphrase) =>
        Convert.ToBase64String(HMACSHA256.HashData(secret, passphrase));
}
