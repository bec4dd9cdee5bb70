using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin's error codes mapped into Qari's taxonomy. Code 400100 is KuCoin's generic "parameter error", so its
/// kind depends on the message (unknown order, size below minimum, bad increment).
/// </summary>
public static class KucoinErrors
{
    /// <summary>The code KuCoin puts in every successful envelope.</summary>
    public const string Success = "200000";

    private static readonly Dictionary<string, (ErrorKind Kind, bool Transient)> Table = new(StringComparer.Ordinal)
    {
        ["400001"] = (ErrorKind.InvalidKey, false),          // missing authentication headers
        ["400002"] = (ErrorKind.TimestampOutOfWindow, false), // KC-API-TIMESTAMP outside 5 s
        ["400003"] = (ErrorKind.InvalidKey, false),          // KC-API-KEY does not exist
        ["400004"] = (ErrorKind.InvalidKey, false),          // invalid passphrase
        ["400005"] = (ErrorKind.InvalidKey, false),          // invalid KC-API-SIGN
        ["400006"] = (ErrorKind.IpNotAllowed, false),        // IP not in the key's whitelist
        ["400007"] = (ErrorKind.PermissionDenied, false),    // access denied (permission)
        ["411100"] = (ErrorKind.PermissionDenied, false),    // user frozen
        ["200004"] = (ErrorKind.InsufficientBalance, false),
        ["126013"] = (ErrorKind.InsufficientBalance, false),
        ["126044"] = (ErrorKind.DuplicateClientOrderId, false),
        ["600100"] = (ErrorKind.BelowMinimum, false),        // funds below the minimum
        ["400760"] = (ErrorKind.Rejected, false),            // price outside the limit band
        ["400370"] = (ErrorKind.Rejected, false),            // price outside the limit band
        ["429000"] = (ErrorKind.RateLimited, true),
        ["500000"] = (ErrorKind.ExchangeUnavailable, true),
        ["503000"] = (ErrorKind.ExchangeUnavailable, true),
        ["900001"] = (ErrorKind.Rejected, false),            // symbol does not exist
    };

    /// <summary>The typed error for a KuCoin error code and message.</summary>
    public static Error Map(string code, string? message)
    {
        var text = string.IsNullOrWhiteSpace(message) ? "(no message)" : message.Trim();
        var (kind, transient) = Classify(code, text);
        return new Error(kind, code, $"KuCoin error {code}: {text}", transient);
    }

    private static (ErrorKind Kind, bool Transient) Classify(string code, string message)
    {
        if (Table.TryGetValue(code, out var known)) return known;
        if (code is "400100" or "100001" or "400600")
        {
            if (Contains(message, "not exist") || Contains(message, "order_not_exist")) return (ErrorKind.UnknownOrder, false);
            if (Contains(message, "below the minimum") || Contains(message, "less than")) return (ErrorKind.BelowMinimum, false);
            if (Contains(message, "increment")) return (ErrorKind.InvalidPrecision, false);
            if (Contains(message, "balance insufficient") || Contains(message, "available.amount")) return (ErrorKind.InsufficientBalance, false);
            if (Contains(message, "clientoid") && Contains(message, "duplicate")) return (ErrorKind.DuplicateClientOrderId, false);
        }
        return (ErrorKind.Rejected, false);
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
