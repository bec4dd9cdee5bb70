using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Signs Gate APIv4 requests: <c>SIGN = hex(HMAC-SHA512(secret, METHOD\n/api/v4/path\nquery\nhex(SHA512(body))\ntimestamp))</c>
/// with the timestamp in Unix seconds and the query exactly as sent (not re-encoded; empty when none). Signing only.
/// </summary>
public sealed class GateSigner
{
    /// <summary>The prefix every signed path carries.</summary>
    public const string PathPrefix = "/api/v4";

    /// <summary>The headers for one request; <paramref name="fullPath"/> includes <c>/api/v4</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sign(IExchangeCredentials credentials, long timestampSeconds, string method, string fullPath, string query, string body)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var timestamp = timestampSeconds.ToString(CultureInfo.InvariantCulture);
        var prehash = Prehash(method, fullPath, query, body, timestamp);
        var sign = credentials.UseSecrets((secret, _) => Signature(secret, prehash));
        return
        [
            new(GateHeaders.Key, credentials.KeyId),
            new(GateHeaders.Timestamp, timestamp),
            new(GateHeaders.Sign, sign),
        ];
    }

    /// <summary>The newline-joined string Gate signs.</summary>
    public static string Prehash(string method, string fullPath, string query, string body, string timestamp) =>
        method.ToUpperInvariant() + "\n" + fullPath + "\n" + query + "\n" + BodyHash(body) + "\n" + timestamp;

    /// <summary>hex(SHA512(body)); the hash of "" when there is no body.</summary>
    public static string BodyHash(string body) => Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>hex(HMAC-SHA512(secret, prehash)), lower case.</summary>
    public static string Signature(ReadOnlySpan<byte> secret, string prehash) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(secret, Encoding.UTF8.GetBytes(prehash)));
}
