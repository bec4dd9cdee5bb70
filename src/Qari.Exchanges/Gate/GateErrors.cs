using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>Gate's error labels (HTTP 4xx <c>{"label","message"}</c>) mapped into Qari's taxonomy.</summary>
public static class GateErrors
{
    private static readonly Dictionary<string, (ErrorKind Kind, bool Transient)> Table = new(StringComparer.Ordinal)
    {
        ["INVALID_KEY"] = (ErrorKind.InvalidKey, false),
        ["INVALID_SIGNATURE"] = (ErrorKind.InvalidKey, false),
        ["INVALID_CREDENTIALS"] = (ErrorKind.InvalidKey, false),
        ["MISSING_REQUIRED_HEADER"] = (ErrorKind.InvalidKey, false),
        ["REQUEST_EXPIRED"] = (ErrorKind.TimestampOutOfWindow, false),
        ["IP_FORBIDDEN"] = (ErrorKind.IpNotAllowed, false),
        ["READ_ONLY"] = (ErrorKind.PermissionDenied, false),
        ["FORBIDDEN"] = (ErrorKind.PermissionDenied, false),
        ["ACCOUNT_LOCKED"] = (ErrorKind.PermissionDenied, false),
        ["BALANCE_NOT_ENOUGH"] = (ErrorKind.InsufficientBalance, false),
        ["TOO_MANY_REQUESTS"] = (ErrorKind.RateLimited, true),
        ["ORDER_NOT_FOUND"] = (ErrorKind.UnknownOrder, false),
        ["AUTO_ORDER_NOT_FOUND"] = (ErrorKind.UnknownOrder, false),
        ["ORDER_CLOSED"] = (ErrorKind.Rejected, false),
        ["ORDER_CANCELLED"] = (ErrorKind.Rejected, false),
        ["AMOUNT_TOO_LITTLE"] = (ErrorKind.BelowMinimum, false),
        ["AMOUNT_TOO_MUCH"] = (ErrorKind.Rejected, false),
        ["INVALID_PRECISION"] = (ErrorKind.InvalidPrecision, false),
        ["INVALID_CURRENCY_PAIR"] = (ErrorKind.Rejected, false),
        ["INVALID_CURRENCY"] = (ErrorKind.Rejected, false),
        ["POC_FILL_IMMEDIATELY"] = (ErrorKind.Rejected, false),
        ["FOK_NOT_FILL"] = (ErrorKind.Rejected, false),
        ["INVALID_PARAM_VALUE"] = (ErrorKind.Rejected, false),
        ["INVALID_ARGUMENT"] = (ErrorKind.Rejected, false),
        ["INVALID_REQUEST_BODY"] = (ErrorKind.Rejected, false),
        ["SERVER_ERROR"] = (ErrorKind.ExchangeUnavailable, true),
        ["TOO_BUSY"] = (ErrorKind.ExchangeUnavailable, true),
    };

    /// <summary>The typed error for a Gate label and message.</summary>
    public static Error Map(string label, string? message)
    {
        var text = string.IsNullOrWhiteSpace(message) ? "(no message)" : message.Trim();
        var (kind, transient) = Table.TryGetValue(label, out var known) ? known : (ErrorKind.Rejected, false);
        return new Error(kind, label, $"Gate error {label}: {text}", transient);
    }

    /// <summary>True when a cancel failed because the order had already finished (the caller re-reads the order).</summary>
    public static bool IsAlreadyFinished(Error error) => error.Code is "ORDER_CLOSED" or "ORDER_CANCELLED";
}
