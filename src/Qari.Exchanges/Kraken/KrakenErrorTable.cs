using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// Kraken errors (<c>"EOrder:Insufficient funds"</c>; the code is the part before any second colon) → Qari's
/// taxonomy. Kraken reports them with HTTP 200 and a non-empty <c>error</c> array.
/// </summary>
public sealed class KrakenErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public KrakenErrorTable() : base(ExchangeId.Kraken)
    {
        Add("EAPI:Invalid key", ErrorKind.InvalidKey);
        Add("EAPI:Invalid signature", ErrorKind.InvalidKey);
        Add("EAPI:Invalid nonce", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("EGeneral:Permission denied", ErrorKind.PermissionDenied);
        Add("EAPI:Feature disabled", ErrorKind.PermissionDenied);
        Add("EAPI:Bad request", ErrorKind.Rejected);
        Add("EOrder:Insufficient funds", ErrorKind.InsufficientBalance);
        Add("EOrder:Unknown order", ErrorKind.UnknownOrder);
        Add("EOrder:Order minimum not met", ErrorKind.BelowMinimum);
        Add("EOrder:Cost minimum not met", ErrorKind.BelowMinimum);
        Add("EOrder:Invalid price", ErrorKind.InvalidPrecision);
        Add("EGeneral:Invalid arguments", ErrorKind.Rejected);
        Add("EQuery:Unknown asset pair", ErrorKind.Rejected);
        Add("EAPI:Rate limit exceeded", ErrorKind.RateLimited, transient: true);
        Add("EOrder:Rate limit exceeded", ErrorKind.RateLimited, transient: true);
        Add("EGeneral:Too many requests", ErrorKind.RateLimited, transient: true);
        Add("EGeneral:Temporary lockout", ErrorKind.RateLimited, transient: true);
        Add("EService:Unavailable", ErrorKind.ExchangeUnavailable, transient: true);
        Add("EService:Busy", ErrorKind.ExchangeUnavailable, transient: true);
        Add("EService:Market in cancel_only mode", ErrorKind.ExchangeUnavailable, transient: true);
        Add("EService:Market in post_only mode", ErrorKind.Rejected);
        Add("EGeneral:Internal error", ErrorKind.ExchangeUnavailable, transient: true);
        // Reused cl_ord_id among open orders (the exact text is unverified; the simulator sends this one).
        Add("EOrder:Duplicate order", ErrorKind.DuplicateClientOrderId);
    }

    /// <summary>Splits <c>"EOrder:Invalid price:XBTUSD price can only be…"</c> into code and detail.</summary>
    public static (string Code, string Detail) Split(string error)
    {
        var first = error.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : error.IndexOf(':', first + 1);
        return second < 0 ? (error, error) : (error[..second], error);
    }

    /// <inheritdoc />
    protected override (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus)
    {
        // "EGeneral:Invalid arguments:volume" is Kraken's answer to a quantity off the lot precision.
        if (code == "EGeneral:Invalid arguments" && message.Contains(":volume", StringComparison.Ordinal)) return (ErrorKind.InvalidPrecision, false);
        if (code.StartsWith("EOrder:Duplicate", StringComparison.Ordinal)) return (ErrorKind.DuplicateClientOrderId, false);
        return null;
    }
}
