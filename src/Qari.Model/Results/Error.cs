namespace Qari.Model.Results;

/// <summary>
/// An expected failure as a value: its kind, a stable code (the exchange's own code where there is one),
/// a message a person can act on, and whether trying again later may succeed. Never carries a secret.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, bool Transient = false)
{
    /// <summary>An invalid-input error.</summary>
    public static Error Validation(string code, string message) => new(ErrorKind.Validation, code, message);

    /// <summary>A response that could not be understood, with where it came from.</summary>
    public static Error Malformed(string where, string message) => new(ErrorKind.MalformedResponse, "malformed", $"{where}: {message}");

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({Code}): {Message}";
}
