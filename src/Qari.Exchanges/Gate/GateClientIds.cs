using Qari.Model.Ids;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Gate's order <c>text</c>: must start with <c>t-</c>, at most 28 bytes after it, of <c>[0-9A-Za-z_.-]</c>. Qari's
/// canonical client order id becomes <c>t-&lt;id&gt;</c>; texts Gate sets itself (e.g. <c>apiv4</c>, <c>web</c>) are not
/// client ids. Gate does not enforce uniqueness of <c>text</c> (it is a label).
/// </summary>
public static class GateClientIds
{
    /// <summary>The prefix Gate requires.</summary>
    public const string Prefix = "t-";

    /// <summary>The most bytes allowed after the prefix.</summary>
    public const int MaxLengthAfterPrefix = 28;

    /// <summary>The wire text for a client order id; throws for an id that cannot be sent (a bug upstream).</summary>
    public static string ToWire(ClientOrderId id)
    {
        var text = Prefix + id.Value;
        if (!IsValid(text))
            throw new ArgumentException($"Client order id '{id.Value}' does not fit Gate's text rule (t- + ≤ 28 of [0-9A-Za-z_.-]).", nameof(id));
        return text;
    }

    /// <summary>The client order id behind a wire text, or null when the text is not a <c>t-</c> user text.</summary>
    public static ClientOrderId? FromWire(string? text) =>
        text is not null && text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length
            ? ClientOrderId.Foreign(text[Prefix.Length..])
            : null;

    /// <summary>True when the text satisfies Gate's rule for user texts.</summary>
    public static bool IsValid(string? text) =>
        text is not null && text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length
        && text.Length - Prefix.Length <= MaxLengthAfterPrefix
        && text.Skip(Prefix.Length).All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
}
