using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// One exchange's error codes mapped to Qari's taxonomy (kind, transient). Subclasses list their codes in the
/// constructor with <see cref="Add"/> and may refine by message where one code covers several cases (Binance
/// -2010). Unknown codes fall back on the HTTP status, so a new code never goes unmapped silently: it arrives as
/// <see cref="ErrorKind.Rejected"/> with the code and message.
/// </summary>
public abstract class ExchangeErrorTable
{
    private readonly Dictionary<string, (ErrorKind Kind, bool Transient)> _codes = new(StringComparer.Ordinal);

    /// <summary>Creates a table for <paramref name="exchange"/>.</summary>
    protected ExchangeErrorTable(ExchangeId exchange) => Exchange = exchange;

    /// <summary>The exchange whose codes these are.</summary>
    public ExchangeId Exchange { get; }

    /// <summary>The codes listed (for tests and documentation).</summary>
    public IReadOnlyDictionary<string, (ErrorKind Kind, bool Transient)> Codes => _codes;

    /// <summary>Maps an exchange error to a typed error; the message names the exchange and code.</summary>
    public Error Map(string code, string message, int httpStatus)
    {
        var text = $"{Exchange.Name()} {code}: {message}";
        if (Refine(code, message, httpStatus) is { } refined) return new Error(refined.Kind, code, text, refined.Transient);
        if (_codes.TryGetValue(code, out var entry)) return new Error(entry.Kind, code, text, entry.Transient);
        return FromHttpStatus(httpStatus, code, text);
    }

    /// <summary>The error for a status with no usable body (or an unlisted code).</summary>
    public static Error FromHttpStatus(int httpStatus, string code, string message) => httpStatus switch
    {
        429 or 418 => new Error(ErrorKind.RateLimited, code, message, Transient: true),
        401 => new Error(ErrorKind.InvalidKey, code, message),
        403 => new Error(ErrorKind.PermissionDenied, code, message),
        404 => new Error(ErrorKind.NotFound, code, message),
        >= 500 => new Error(ErrorKind.ExchangeUnavailable, code, message, Transient: true),
        _ => new Error(ErrorKind.Rejected, code, message),
    };

    /// <summary>Lists a code.</summary>
    protected void Add(string code, ErrorKind kind, bool transient = false) => _codes[code] = (kind, transient);

    /// <summary>Overrides the table for codes whose meaning depends on the message; null to use the table.</summary>
    protected virtual (ErrorKind Kind, bool Transient)? Refine(string code, string message, int httpStatus) => null;
}
