using Qari.Model.Ids;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// KuCoin's <c>clientOid</c>: at most 40 characters of <c>[0-9A-Za-z_-]</c>, unique per order. Qari's canonical
/// client order id (≤ 18 alphanumerics) fits as it is, so the mapping is the identity plus validation.
/// </summary>
public static class KucoinClientIds
{
    /// <summary>The longest clientOid KuCoin accepts.</summary>
    public const int MaxLength = 40;

    /// <summary>The wire form of a client order id; throws for an id that cannot be sent (a bug upstream).</summary>
    public static string ToWire(ClientOrderId id)
    {
        if (!IsValid(id.Value))
            throw new ArgumentException($"Client order id '{id.Value}' does not fit KuCoin's clientOid rule (≤ 40 of [0-9A-Za-z_-]).", nameof(id));
        return id.Value;
    }

    /// <summary>The client order id behind a clientOid seen on the wire, or null when there is none.</summary>
    public static ClientOrderId? FromWire(string? clientOid) =>
        string.IsNullOrWhiteSpace(clientOid) ? null : ClientOrderId.Foreign(clientOid);

    /// <summary>True when the text satisfies KuCoin's clientOid rule.</summary>
    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
