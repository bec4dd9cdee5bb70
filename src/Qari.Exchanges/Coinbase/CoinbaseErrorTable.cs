using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// Coinbase error names → Qari's taxonomy: HTTP errors (<c>{"error":"NOT_FOUND",…}</c>) and the order failure
/// reasons of HTTP-200 <c>success:false</c> answers (<c>error_response.error</c> / <c>preview_failure_reason</c>).
/// Size/precision reason names are partly unverified.
/// </summary>
public sealed class CoinbaseErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public CoinbaseErrorTable() : base(ExchangeId.Coinbase)
    {
        Add("PERMISSION_DENIED", ErrorKind.PermissionDenied);
        Add("UNAUTHENTICATED", ErrorKind.InvalidKey);
        Add("NOT_FOUND", ErrorKind.UnknownOrder);
        Add("INSUFFICIENT_FUND", ErrorKind.InsufficientBalance);
        Add("PREVIEW_INSUFFICIENT_FUND", ErrorKind.InsufficientBalance);
        Add("PREVIEW_INVALID_BASE_SIZE_TOO_SMALL", ErrorKind.BelowMinimum);
        Add("PREVIEW_INVALID_QUOTE_SIZE_TOO_SMALL", ErrorKind.BelowMinimum);
        Add("INVALID_LIMIT_PRICE_PRECISION", ErrorKind.InvalidPrecision);
        Add("PREVIEW_INVALID_LIMIT_PRICE_PRECISION", ErrorKind.InvalidPrecision);
        Add("INVALID_PRICE_PRECISION", ErrorKind.InvalidPrecision);
        Add("INVALID_SIZE_PRECISION", ErrorKind.InvalidPrecision);
        Add("PREVIEW_INVALID_SIZE_PRECISION", ErrorKind.InvalidPrecision);
        Add("UNSUPPORTED_ORDER_CONFIGURATION", ErrorKind.Rejected);
        Add("INVALID_PRODUCT_ID", ErrorKind.Rejected);
        Add("ORDER_ENTRY_DISABLED", ErrorKind.ExchangeUnavailable, transient: true);
        Add("UNKNOWN_CANCEL_ORDER", ErrorKind.UnknownOrder);
        Add("RATE_LIMIT_EXCEEDED", ErrorKind.RateLimited, transient: true);
        Add("INTERNAL", ErrorKind.ExchangeUnavailable, transient: true);
        Add("UNAVAILABLE", ErrorKind.ExchangeUnavailable, transient: true);
    }
}
