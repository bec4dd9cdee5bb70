using System.Globalization;
using System.Text;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Okx;

/// <summary>
/// OKX v5 signing (signing only): <c>base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body))</c>, where
/// the timestamp is ISO-8601 UTC with exactly three fractional digits and <c>Z</c>, requestPath includes the query
/// string (with <c>?</c>) for GET, and body is the exact JSON sent (empty for GET). The passphrase travels in plain text.
/// </summary>
public sealed class OkxSigner : IRequestSigner
{
    /// <summary>Header carrying the API key.</summary>
    public const string KeyHeader = "OK-ACCESS-KEY";
    /// <summary>Header carrying the signature.</summary>
    public const string SignHeader = "OK-ACCESS-SIGN";
    /// <summary>Header carrying the ISO-8601 timestamp.</summary>
    public const string TimestampHeader = "OK-ACCESS-TIMESTAMP";
    /// <summary>Header carrying the passphrase.</summary>
    public const string PassphraseHeader = "OK-ACCESS-PASSPHRASE";
    /// <summary>The JSON media type of POST bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>How long after its timestamp OKX accepts a request.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ts = FormatTimestamp(timestamp);
        var (signature, passphrase) = Sign(credentials, ts, request.Method.Method, request.PathAndQuery, request.Body);
        return new SignedRequest(request.Method, request.PathAndQuery, request.Body,
            request.Body.Length > 0 ? JsonContentType : request.ContentType,
        [
            new(KeyHeader, credentials.KeyId),
            new(SignHeader, signature),
            new(TimestampHeader, ts),
            new(PassphraseHeader, passphrase),
        ]);
    }

    /// <summary>Formats a time the way OKX requires, e.g. <c>2020-12-08T09:08:57.715Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an OKX timestamp; false unless it has exactly the required shape.</summary>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>The text that is signed.</summary>
    public static string PreHash(string timestamp, string method, string requestPathWithQuery, string body) =>
        timestamp + method.ToUpperInvariant() + requestPathWithQuery + body;

    /// <summary>Signs <paramref name="preHash"/> with the secret used as text (not hex-decoded); base64.</summary>
    public static string Sign(ReadOnlySpan<byte> secret, string preHash) => Signatures.HmacSha256Base64(secret, preHash);

    /// <summary>Signs a request and returns the signature and the passphrase (both only derived during the call).</summary>
    public static (string Signature, string Passphrase) Sign(IExchangeCredentials credentials, string timestamp, string method, string requestPathWithQuery, string body)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var preHash = PreHash(timestamp, method, requestPathWithQuery, body);
        return credentials.UseSecrets((secret, passphrase) => (Sign(secret, preHash), Encoding.UTF8.GetString(passphrase)));
    }
}
