using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Qari.Model.Ids;

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// Coinbase wants a UUID as <c>client_order_id</c>. Qari's canonical id is mapped to a name-based UUID (version 5:
/// SHA-1 of a fixed Qari namespace and the id), so a retry of the same order always sends the same UUID and
/// Coinbase's idempotency returns the first order. The reverse mapping is remembered for ids this process has seen.
/// </summary>
public sealed class CoinbaseClientIds
{
    private static readonly Guid Namespace = new("9a6f5b0e-3c1d-5e2f-8a47-51a7c0de0b1e");
    private readonly ConcurrentDictionary<string, ClientOrderId> _known = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The UUID (lower-case, hyphenated) for <paramref name="id"/>; remembers the reverse mapping.</summary>
    public string ToWire(ClientOrderId id)
    {
        var uuid = ToUuid(id.Value);
        _known[uuid] = id;
        return uuid;
    }

    /// <summary>Qari's id for a UUID seen on the wire: the canonical id when known, else the UUID itself.</summary>
    public ClientOrderId? FromWire(string? uuid) =>
        string.IsNullOrEmpty(uuid) ? null : _known.TryGetValue(uuid, out var id) ? id : ClientOrderId.Foreign(uuid);

    /// <summary>RFC 4122 version-5 UUID of <paramref name="name"/> in Qari's namespace.</summary>
    public static string ToUuid(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var data = new byte[ns.Length + Encoding.UTF8.GetByteCount(name)];
        ns.CopyTo(data, 0);
        Encoding.UTF8.GetBytes(name, data.AsSpan(ns.Length));
        var hash = SHA1.HashData(data);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
