namespace Qari.Model.Results;

/// <summary>The one error taxonomy every exchange error, and every expected failure, is mapped into.</summary>
public enum ErrorKind
{
    /// <summary>The API key is unknown, malformed or revoked, or the signature does not verify.</summary>
    InvalidKey,
    /// <summary>The key is valid but lacks the permission for this action.</summary>
    PermissionDenied,
    /// <summary>The key is restricted to IP addresses this request did not come from.</summary>
    IpNotAllowed,
    /// <summary>The request's timestamp or nonce fell outside the exchange's window (clock skew).</summary>
    TimestampOutOfWindow,
    /// <summary>Not enough free balance for the order.</summary>
    InsufficientBalance,
    /// <summary>Quantity or notional below the instrument's minimum.</summary>
    BelowMinimum,
    /// <summary>Price or quantity not a multiple of the tick or lot size.</summary>
    InvalidPrecision,
    /// <summary>The exchange does not know the order.</summary>
    UnknownOrder,
    /// <summary>Too many requests; back off and retry later.</summary>
    RateLimited,
    /// <summary>The exchange is busy, in maintenance or failing (5xx).</summary>
    ExchangeUnavailable,
    /// <summary>An order request whose outcome is not known (timeout, dropped response): resolve by querying, never resend.</summary>
    UnknownOutcome,
    /// <summary>Another open order already carries this client order id.</summary>
    DuplicateClientOrderId,
    /// <summary>The exchange rejected the request for another stated reason (bad symbol, halted market, ...).</summary>
    Rejected,
    /// <summary>A response that could not be parsed (truncated, wrong shape, unknown enum value).</summary>
    MalformedResponse,
    /// <summary>A read failed on the network before an answer arrived; safe to retry.</summary>
    Network,
    /// <summary>Input given to Qari is invalid (a bad CSV row, a bad setting, a bad argument).</summary>
    Validation,
    /// <summary>Something requested does not exist.</summary>
    NotFound,
}
