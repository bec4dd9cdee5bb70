using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Bitget;

/// <summary>Bitget v2 error codes (<c>{"code":"40034","msg":...}</c>) → Qari's taxonomy.</summary>
public sealed class BitgetErrorTable : ExchangeErrorTable
{
    /// <summary>Creates the table.</summary>
    public BitgetErrorTable() : base(ExchangeId.Bitget)
    {
        Add("40006", ErrorKind.InvalidKey);
        Add("40037", ErrorKind.InvalidKey);
        Add("40009", ErrorKind.InvalidKey);
        Add("40010", ErrorKind.InvalidKey);
        Add("40011", ErrorKind.InvalidKey);
        Add("40012", ErrorKind.InvalidKey);
        Add("40004", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("40005", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("40008", ErrorKind.TimestampOutOfWindow, transient: true);
        Add("40014", ErrorKind.PermissionDenied);
        Add("40018", ErrorKind.IpNotAllowed);
        Add("43012", ErrorKind.InsufficientBalance);
        Add("40762", ErrorKind.InsufficientBalance);
        Add("43001", ErrorKind.UnknownOrder);
        Add("40768", ErrorKind.UnknownOrder);
        Add("45110", ErrorKind.BelowMinimum);
        Add("40808", ErrorKind.InvalidPrecision);
        Add("429", ErrorKind.RateLimited, transient: true);
        // Reused clientOid (code as the simulator renders it; Bitget's exact code is unverified).
        Add("43122", ErrorKind.DuplicateClientOrderId);
    }
}
