using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Okx;

/// <summary>OKX error codes (top-level <c>code</c> or per-item <c>sCode</c>) → Qari's taxonomy.</summary>
public sealed class OkxErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public OkxErrorTable() : base(ExchangeId.Okx)
    {
        Add("50001", ErrorKind.ExchangeUnavailable, transient: true);   // service temporarily unavailable
        Add("50004", ErrorKind.ExchangeUnavailable, transient: true);   // endpoint request timeout
        Add("50011", ErrorKind.RateLimited, transient: true);           // too many requests (HTTP 429)
        Add("50013", ErrorKind.ExchangeUnavailable, transient: true);   // system busy
        Add("50026", ErrorKind.ExchangeUnavailable, transient: true);   // system error
        Add("50061", ErrorKind.RateLimited, transient: true);           // sub-account order rate limit
        Add("50100", ErrorKind.InvalidKey);                             // API frozen
        Add("50101", ErrorKind.InvalidKey);                             // key does not match environment
        Add("50102", ErrorKind.TimestampOutOfWindow, transient: true);  // timestamp request expired
        Add("50103", ErrorKind.InvalidKey);                             // OK-ACCESS-KEY missing
        Add("50104", ErrorKind.InvalidKey);                             // passphrase missing
        Add("50105", ErrorKind.InvalidKey);                             // passphrase incorrect
        Add("50106", ErrorKind.InvalidKey);                             // OK-ACCESS-SIGN missing
        Add("50107", ErrorKind.InvalidKey);                             // OK-ACCESS-TIMESTAMP missing
        Add("50110", ErrorKind.IpNotAllowed);                           // IP not in the key's whitelist
        Add("50111", ErrorKind.InvalidKey);                             // invalid OK-ACCESS-KEY
        Add("50112", ErrorKind.TimestampOutOfWindow, transient: true);  // invalid OK-ACCESS-TIMESTAMP
        Add("50113", ErrorKind.InvalidKey);                             // invalid signature
        Add("50114", ErrorKind.InvalidKey);                             // invalid authorization
        Add("50120", ErrorKind.PermissionDenied);                       // key lacks the permission
        Add("51000", ErrorKind.Rejected);                               // parameter error
        Add("51001", ErrorKind.Rejected);                               // instrument does not exist
        Add("51006", ErrorKind.Rejected);                               // price outside limit
        Add("51008", ErrorKind.InsufficientBalance);
        Add("51016", ErrorKind.DuplicateClientOrderId);
        Add("51020", ErrorKind.BelowMinimum);                           // order amount below minimum
        Add("51119", ErrorKind.InsufficientBalance);
        Add("51121", ErrorKind.InvalidPrecision);                       // quantity not a multiple of the lot size
        Add("51131", ErrorKind.InsufficientBalance);
        Add("51400", ErrorKind.UnknownOrder);                           // cancel failed: order does not exist
        Add("51401", ErrorKind.UnknownOrder);                           // cancel failed: already canceled
        Add("51402", ErrorKind.UnknownOrder);                           // cancel failed: already filled
        Add("51603", ErrorKind.UnknownOrder);                           // order does not exist
    }

    /// <inheritdoc />
    protected override (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus) =>
        // OKX reports a price or size it cannot accept as a parameter error naming the field (unverified against a
        // live tick violation). Qari only sends positive, well-formed numbers, so that means precision.
        code == "51000" && (message.Contains("Parameter px error", StringComparison.Ordinal) || message.Contains("Parameter sz error", StringComparison.Ordinal))
            ? (ErrorKind.InvalidPrecision, false)
            : null;
}
