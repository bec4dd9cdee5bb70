using Qari.Model.Results;

namespace Qari.Exchanges.Bybit;

/// <summary>Bybit <c>retCode</c> → Qari error kind and whether retrying later may help (docs v5 error-code tables).</summary>
public static class BybitErrors
{
    private static readonly Dictionary<int, (ErrorKind Kind, bool Transient)> Table = new()
    {
        [10000] = (ErrorKind.ExchangeUnavailable, true),   // server timeout
        [10001] = (ErrorKind.Rejected, false),             // parameter error
        [10002] = (ErrorKind.TimestampOutOfWindow, true),  // request time outside recv_window
        [10003] = (ErrorKind.InvalidKey, false),           // API key invalid / wrong environment
        [10004] = (ErrorKind.InvalidKey, false),           // signature error
        [10005] = (ErrorKind.PermissionDenied, false),     // permission denied for this key
        [10006] = (ErrorKind.RateLimited, true),           // too many visits (per-UID limit)
        [10007] = (ErrorKind.InvalidKey, false),           // user authentication failed
        [10009] = (ErrorKind.RateLimited, true),           // IP banned for a while
        [10010] = (ErrorKind.IpNotAllowed, false),         // unmatched IP: key bound to other IPs
        [10016] = (ErrorKind.ExchangeUnavailable, true),   // server error
        [10018] = (ErrorKind.RateLimited, true),           // IP rate limit exceeded
        [10027] = (ErrorKind.PermissionDenied, false),     // trading banned for the account
        [10429] = (ErrorKind.RateLimited, true),           // system frequency protection
        [33004] = (ErrorKind.InvalidKey, false),           // API key expired
        [110001] = (ErrorKind.UnknownOrder, false),        // order does not exist (UTA)
        [110072] = (ErrorKind.DuplicateClientOrderId, false),
        [12141] = (ErrorKind.DuplicateClientOrderId, false),
        [170121] = (ErrorKind.Rejected, false),            // invalid symbol
        [170131] = (ErrorKind.InsufficientBalance, false),
        [170134] = (ErrorKind.InvalidPrecision, false),    // price decimals too long
        [170136] = (ErrorKind.BelowMinimum, false),        // quantity below minimum
        [170137] = (ErrorKind.InvalidPrecision, false),    // quantity decimals too long
        [170140] = (ErrorKind.BelowMinimum, false),        // order value below minimum
        [170141] = (ErrorKind.DuplicateClientOrderId, false),
        [170148] = (ErrorKind.InvalidPrecision, false),    // market order amount decimals too long
        [170213] = (ErrorKind.UnknownOrder, false),        // order does not exist (spot)
    };

    /// <summary>The kind and transience of a code; unknown codes are plain rejections.</summary>
    public static (ErrorKind Kind, bool Transient) Classify(int retCode) =>
        Table.TryGetValue(retCode, out var entry) ? entry : (ErrorKind.Rejected, false);

    /// <summary>Builds the typed error for a non-zero <c>retCode</c>, naming the endpoint.</summary>
    public static Error ToError(int retCode, string? retMsg, string where)
    {
        var (kind, transient) = Classify(retCode);
        return new Error(kind, retCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Bybit {where}: {retMsg ?? "error"} (retCode {retCode})", transient);
    }

    /// <summary>Every code in the table (for tests and the simulator).</summary>
    public static IReadOnlyCollection<int> KnownCodes => Table.Keys;
}
