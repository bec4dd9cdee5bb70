using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Binance;

/// <summary>Binance error codes → Qari's taxonomy. -2010 and -1013 depend on the message and are refined by it.</summary>
public sealed class BinanceErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public BinanceErrorTable() : base(ExchangeId.Binance)
    {
        Add("-1000", ErrorKind.ExchangeUnavailable, transient: true);
        Add("-1001", ErrorKind.ExchangeUnavailable, transient: true);
        Add("-1003", ErrorKind.RateLimited, transient: true);
        Add("-1007", ErrorKind.ExchangeUnavailable, transient: true);
        Add("-1008", ErrorKind.ExchangeUnavailable, transient: true);
        Add("-1015", ErrorKind.RateLimited, transient: true);
        Add("-1016", ErrorKind.ExchangeUnavailable, transient: true);
        Add("-1021", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("-1022", ErrorKind.InvalidKey);
        Add("-1002", ErrorKind.PermissionDenied);
        Add("-2014", ErrorKind.InvalidKey);
        // Binance uses one code for a bad key, a non-whitelisted IP and a missing permission.
        Add("-2015", ErrorKind.InvalidKey);
        Add("-1111", ErrorKind.InvalidPrecision);
        Add("-1013", ErrorKind.Rejected);
        Add("-1121", ErrorKind.Rejected);
        Add("-2010", ErrorKind.Rejected);
        Add("-2011", ErrorKind.UnknownOrder);
        Add("-2013", ErrorKind.UnknownOrder);
        Add("-2026", ErrorKind.UnknownOrder);
    }

    /// <inheritdoc />
    protected override (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus)
    {
        if (code == "-2010")
        {
            if (message.Contains("insufficient balance", StringComparison.OrdinalIgnoreCase)) return (ErrorKind.InsufficientBalance, false);
            if (message.Contains("Duplicate order", StringComparison.OrdinalIgnoreCase)) return (ErrorKind.DuplicateClientOrderId, false);
            if (message.Contains("NOTIONAL", StringComparison.Ordinal)) return (ErrorKind.BelowMinimum, false);
        }
        if (code == "-1013")
        {
            if (message.Contains("NOTIONAL", StringComparison.Ordinal)) return (ErrorKind.BelowMinimum, false);
            if (message.Contains("LOT_SIZE", StringComparison.Ordinal) || message.Contains("PRICE_FILTER", StringComparison.Ordinal)) return (ErrorKind.InvalidPrecision, false);
        }
        return null;
    }
}
