using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Bybit;

/// <summary>Bybit v5 <c>retCode</c>s → Qari's taxonomy (docs v5 error-code tables; spot codes 170xxx).</summary>
public sealed class BybitErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public BybitErrorTable() : base(ExchangeId.Bybit)
    {
        Add("10000", ErrorKind.ExchangeUnavailable, transient: true);  // server timeout
        Add("10001", ErrorKind.Rejected);                             // parameter error
        Add("10002", ErrorKind.TimestampOutOfWindow, transient: true); // request time outside recv_window
        Add("10003", ErrorKind.InvalidKey);                           // API key invalid / wrong environment
        Add("10004", ErrorKind.InvalidKey);                           // signature error
        Add("10005", ErrorKind.PermissionDenied);                     // permission denied for this key
        Add("10006", ErrorKind.RateLimited, transient: true);         // too many visits (per-UID limit)
        Add("10007", ErrorKind.InvalidKey);                           // user authentication failed
        Add("10009", ErrorKind.RateLimited, transient: true);         // IP banned for a while
        Add("10010", ErrorKind.IpNotAllowed);                         // unmatched IP: key bound to other IPs
        Add("10016", ErrorKind.ExchangeUnavailable, transient: true); // server error
        Add("10018", ErrorKind.RateLimited, transient: true);         // IP rate limit exceeded
        Add("10027", ErrorKind.PermissionDenied);                     // trading banned for the account
        Add("10429", ErrorKind.RateLimited, transient: true);         // system frequency protection
        Add("33004", ErrorKind.InvalidKey);                           // API key expired
        Add("110001", ErrorKind.UnknownOrder);                        // order does not exist (UTA)
        Add("110072", ErrorKind.DuplicateClientOrderId);
        Add("12141", ErrorKind.DuplicateClientOrderId);
        Add("170121", ErrorKind.Rejected);                            // invalid symbol
        Add("170131", ErrorKind.InsufficientBalance);
        Add("170134", ErrorKind.InvalidPrecision);                    // price decimals too long
        Add("170136", ErrorKind.BelowMinimum);                        // quantity below minimum
        Add("170137", ErrorKind.InvalidPrecision);                    // quantity decimals too long
        Add("170140", ErrorKind.BelowMinimum);                        // order value below minimum
        Add("170141", ErrorKind.DuplicateClientOrderId);
        Add("170148", ErrorKind.InvalidPrecision);                    // market order amount decimals too long
        Add("170213", ErrorKind.UnknownOrder);                        // order does not exist (spot)
    }

    /// <inheritdoc />
    protected override (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus) =>
        // Bybit's IP limit answers HTTP 403 "access too frequent" (no retCode): a rate limit, not a permission.
        httpStatus == 403 && !Codes.ContainsKey(code) ? (ErrorKind.RateLimited, true) : null;
}
