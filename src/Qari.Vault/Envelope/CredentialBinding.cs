using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Qari.Model.Ids;
using Qari.Vault.Credentials;

namespace Qari.Vault.Envelope;

/// <summary>
/// What a ciphertext belongs to: owner, exchange, credential id and version. It is the AES-GCM associated data of
/// both the data ciphertext and the wrapped data key, so a blob copied onto another row fails to decrypt.
/// </summary>
public readonly record struct CredentialBinding(UserId Owner, ExchangeId Exchange, CredentialId Credential, int Version)
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("qari.credential.v1");

    /// <summary>The canonical bytes: label, owner (16), exchange name (length-prefixed ASCII), credential (16), version (int32 BE).</summary>
    internal byte[] ToAssociatedData()
    {
        var exchange = Encoding.ASCII.GetBytes(Exchange.Name());
        var data = new byte[Label.Length + 16 + 1 + exchange.Length + 16 + 4];
        var span = data.AsSpan();
        Label.CopyTo(span);
        var at = Label.Length;
        Owner.Value.TryWriteBytes(span.Slice(at, 16), bigEndian: true, out _);
        at += 16;
        span[at++] = (byte)exchange.Length;
        exchange.CopyTo(span[at..]);
        at += exchange.Length;
        Credential.Value.TryWriteBytes(span.Slice(at, 16), bigEndian: true, out _);
        at += 16;
        BinaryPrimitives.WriteInt32BigEndian(span[at..], Version);
        return data;
    }

    /// <summary>First 8 bytes of SHA-256 of the associated data: lets a moved row be reported as such before any decryption.</summary>
    internal byte[] Fingerprint() => SHA256.HashData(ToAssociatedData())[..8];
}
