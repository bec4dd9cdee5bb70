using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>Gate's error labels (HTTP 4xx <c>{"label","message"}</c>) mapped into Qari's taxonomy.</summary>
public sealed class GateErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public GateErrorTable() : base(ExchangeId.Gate)
    {
        Add("INVALID_KEY", ErrorKind.InvalidKey);
        Add("INVALID_SIGNATURE", ErrorKind.InvalidKey);
        Add("INVALID_CREDENTIALS", ErrorKind.InvalidKey);
        Add("MISSING_REQUIRED_HEADER", ErrorKind.InvalidKey);
        Add("REQUEST_EXPIRED", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("IP_FORBIDDEN", ErrorKind.IpNotAllowed);
        Add("READ_ONLY", ErrorKind.PermissionDenied);
        Add("FORBIDDEN", ErrorKind.PermissionDenied);
        Add("ACCOUNT_LOCKED", ErrorKind.PermissionDenied);
        Add("BALANCE_NOT_ENOUGH", ErrorKind.InsufficientBalance);
        Add("TOO_MANY_REQUESTS", ErrorKind.RateLimited, transient: true);
        Add("ORDER_NOT_FOUND", ErrorKind.UnknownOrder);
        Add("AUTO_ORDER_NOT_FOUND", ErrorKind.UnknownOrder);
        Add("ORDER_CLOSED", ErrorKind.Rejected);
        Add("ORDER_CANCELLED", ErrorKind.Rejected);
        Add("AMOUNT_TOO_LITTLE", ErrorKind.BelowMinimum);
        Add("AMOUNT_TOO_MUCH", ErrorKind.Rejected);
        Add("INVALID_PRECISION", ErrorKind.InvalidPrecision);
        Add("INVALID_CURRENCY_PAIR", ErrorKind.Rejected);
        Add("INVALID_CURRENCY", ErrorKind.Rejected);
        Add("POC_FILL_IMMEDIATELY", ErrorKind.Rejected);
        Add("FOK_NOT_FILL", ErrorKind.Rejected);
        Add("INVALID_PARAM_VALUE", ErrorKind.Rejected);
        Add("INVALID_ARGUMENT", ErrorKind.Rejected);
        Add("INVALID_REQUEST_BODY", ErrorKind.Rejected);
        Add("SERVER_ERROR", ErrorKind.ExchangeUnavailable, transient: true);
        Add("TOO_BUSY", ErrorKind.ExchangeUnavailable, transient: true);
    }

    /// <summary>True when a cancel failed because the order had already finished (the caller re-reads the order).</summary>
    public static bool IsAlreadyFinished(Error error) => error.Code is "ORDER_CLOSED" or "ORDER_CANCELLED";
}
