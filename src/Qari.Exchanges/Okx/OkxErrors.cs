using System.Globalization;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>OKX error code (top-level <c>code</c> or per-item <c>sCode</c>) → Qari error kind and transience.</summary>
public static class OkxErrors
{
    private static readonly Dictionary<string, (ErrorKind Kind, bool Transient)> Table = new(StringComparer.Ordinal)
    {
        ["50001"] = (ErrorKind.ExchangeUnavailable, true),   // service temporarily unavailable
        ["50004"] = (ErrorKind.ExchangeUnavailable, true),   // endpoint request timeout
        ["50011"] = (ErrorKind.RateLimited, true),           // too many requests (HTTP 429)
        ["50013"] = (ErrorKind.ExchangeUnavailable, true),   // system busy
        ["50026"] = (ErrorKind.ExchangeUnavailable, true),   // system error
        ["50061"] = (ErrorKind.RateLimited, true),           // sub-account order rate limit
        ["50100"] = (ErrorKind.InvalidKey, false),           // API frozen
        ["50101"] = (ErrorKind.InvalidKey, false),           // key does not match environment
        ["50102"] = (ErrorKind.TimestampOutOfWindow, true),  // timestamp request expired
        ["50103"] = (ErrorKind.InvalidKey, false),           // OK-ACCESS-KEY missing
        ["50104"] = (ErrorKind.InvalidKey, false),           // passphrase missing
        ["50105"] = (ErrorKind.InvalidKey, false),           // passphrase incorrect
        ["50106"] = (ErrorKind.InvalidKey, false),           // OK-ACCESS-SIGN missing
        ["50107"] = (ErrorKind.InvalidKey, false),           // OK-ACCESS-TIMESTAMP missing
        ["50110"] = (ErrorKind.IpNotAllowed, false),         // IP not in the key's whitelist
        ["50111"] = (ErrorKind.InvalidKey, false),           // invalid OK-ACCESS-KEY
        ["50112"] = (ErrorKind.TimestampOutOfWindow, true),  // invalid OK-ACCESS-TIMESTAMP
        ["50113"] = (ErrorKind.InvalidKey, false),           // invalid signature
        ["50114"] = (ErrorKind.InvalidKey, false),           // invalid authorization
        ["50120"] = (ErrorKind.PermissionDenied, false),     // key lacks the permission
        ["51000"] = (ErrorKind.Rejected, false),             // parameter error
        ["51001"] = (ErrorKind.Rejected, false),             // instrument does not exist
        ["51006"] = (ErrorKind.Rejected, false),             // price outside limit
        ["51008"] = (ErrorKind.InsufficientBalance, false),
        ["51016"] = (ErrorKind.DuplicateClientOrderId, false),
        ["51020"] = (ErrorKind.BelowMinimum, false),         // order amount below minimum
        ["51119"] = (ErrorKind.InsufficientBalance, false),
        ["51121"] = (ErrorKind.InvalidPrecision, false),     // quantity not a multiple of the lot size
        ["51131"] = (ErrorKind.InsufficientBalance, false),
        ["51400"] = (ErrorKind.UnknownOrder, false),         // cancel failed: order does not exist
        ["51401"] = (ErrorKind.UnknownOrder, false),         // cancel failed: already canceled
        ["51402"] = (ErrorKind.UnknownOrder, false),         // cancel failed: already filled
        ["51603"] = (ErrorKind.UnknownOrder, false),         // order does not exist
    };

    /// <summary>The kind and transience of a code; unknown codes are plain rejections.</summary>
    public static (ErrorKind Kind, bool Transient) Classify(string? code) =>
        code is not null && Table.TryGetValue(code, out var entry) ? entry : (ErrorKind.Rejected, false);

    /// <summary>Builds the typed error for an OKX error code, naming the endpoint.</summary>
    public static Error ToError(string? code, string? message, string where)
    {
        var (kind, transient) = Classify(code);
        return new Error(kind, code ?? "unknown", string.Create(CultureInfo.InvariantCulture,
            $"OKX {where}: {(string.IsNullOrEmpty(message) ? "error" : message)} (code {code})"), transient);
    }

    /// <summary>Every code in the table (for tests and the simulator).</summary>
    public static IReadOnlyCollection<string> KnownCodes => Table.Keys;
}
