using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Bybit;

/// <summary>
/// Bybit v5 HMAC signing (signing only): <c>lowercase hex(HMAC-SHA256(secret, timestamp + apiKey + recvWindow + payload))</c>,
/// where payload is the query string exactly as sent (no <c>?</c>) for GET, or the exact JSON body for POST.
/// </summary>
public static class BybitSigner
{
    /// <summary>Header carrying the API key.</summary>
    public const string ApiKeyHeader = "X-BAPI-API-KEY";

    /// <summary>Header carrying the request time in ms.</summary>
    public const string TimestampHeader = "X-BAPI-TIMESTAMP";

    /// <summary>Header carrying the signature.</summary>
    public const string SignHeader = "X-BAPI-SIGN";

    /// <summary>Header carrying the validity window in ms.</summary>
    public const string RecvWindowHeader = "X-BAPI-RECV-WINDOW";

    /// <summary>The default validity window (ms) Bybit documents.</summary>
    public const int DefaultRecvWindowMs = 5000;

    /// <summary>The text that is signed.</summary>
    public static string PreHash(long timestampMs, string apiKey, int recvWindowMs, string payload) =>
        string.Create(CultureInfo.InvariantCulture, $"{timestampMs}{apiKey}{recvWindowMs}{payload}");

    /// <summary>Signs <paramref name="preHash"/> with the raw secret bytes; lower-case hex.</summary>
    public static string Sign(ReadOnlySpan<byte> secret, string preHash)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(preHash), mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Signs a request with the credentials' secret, which is exposed only during the call.</summary>
    public static string Sign(IExchangeCredentials credentials, long timestampMs, int recvWindowMs, string payload)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var preHash = PreHash(timestampMs, credentials.KeyId, recvWindowMs, payload);
        return credentials.UseSecrets((secret, _) => Sign(secret, preHash));
    }
}
