namespace Qari.Trading.Risk;

/// <summary>One failed check: which, a stable reason code, and a sentence a person can act on.</summary>
public sealed record RiskFailure(RiskCheck Check, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"check {(int)Check} {Check} ({Code}): {Message}";
}
