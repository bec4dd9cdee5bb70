namespace Qari.Connect;

/// <summary>What Qari makes of a key report: a refusal (with what to switch off) or acceptance with warnings.</summary>
public sealed record KeyVerdict(string? Refusal, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the key may be stored and used.</summary>
    public bool Accepted => Refusal is null;
}
