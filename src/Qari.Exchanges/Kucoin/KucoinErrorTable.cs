using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin's error codes mapped into Qari's taxonomy. Code 400100 is KuCoin's generic "parameter error", so its
/// kind depends on the message (unknown order, size below minimum, bad increment, balance, duplicate clientOid).
/// </summary>
public sealed class KucoinErrorTable : ExchangeErrorTable
{
    /// <summary>The code KuCoin puts in every successful envelope.</summary>
    public const string Success = "200000";

    /// <summary>Creates the table.</summary>
    public KucoinErrorTable() : base(ExchangeId.Kucoin)
    {
        Add("400001", ErrorKind.InvalidKey);           // missing authentication headers
        Add("400002", ErrorKind.TimestampOutOfWindow, transient: true); // KC-API-TIMESTAMP outside 5 s
        Add("400003", ErrorKind.InvalidKey);           // KC-API-KEY does not exist
        Add("400004", ErrorKind.InvalidKey);           // invalid passphrase
        Add("400005", ErrorKind.InvalidKey);           // invalid KC-API-SIGN
        Add("400006", ErrorKind.IpNotAllowed);         // IP not in the key's whitelist
        Add("400007", ErrorKind.PermissionDenied);     // access denied (permission)
        Add("411100", ErrorKind.PermissionDenied);     // user frozen
        Add("200004", ErrorKind.InsufficientBalance);
        Add("126013", ErrorKind.InsufficientBalance);
        Add("126044", ErrorKind.DuplicateClientOrderId);
        Add("600100", ErrorKind.BelowMinimum);         // funds below the minimum
        Add("400760", ErrorKind.Rejected);             // price outside the limit band
        Add("400370", ErrorKind.Rejected);
        Add("900001", ErrorKind.Rejected);             // symbol does not exist
        Add("429000", ErrorKind.RateLimited, transient: true);
        Add("500000", ErrorKind.ExchangeUnavailable, transient: true);
        Add("503000", ErrorKind.ExchangeUnavailable, transient: true);
        Add("400100", ErrorKind.Rejected);
    }

    /// <inheritdoc />
    protected override (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus)
    {
        if (code is not ("400100" or "100001" or "400600")) return null;
        if (Has(message, "not exist") || Has(message, "order_not_exist")) return (ErrorKind.UnknownOrder, false);
        if (Has(message, "clientoid") && Has(message, "duplicate")) return (ErrorKind.DuplicateClientOrderId, false);
        if (Has(message, "below the minimum") || Has(message, "less than")) return (ErrorKind.BelowMinimum, false);
        if (Has(message, "increment")) return (ErrorKind.InvalidPrecision, false);
        if (Has(message, "balance insufficient") || Has(message, "available.amount")) return (ErrorKind.InsufficientBalance, false);
        return null;
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
