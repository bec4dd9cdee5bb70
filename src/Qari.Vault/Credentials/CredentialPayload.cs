using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Qari.Vault.Credentials;

/// <summary>
/// The plaintext layout that gets encrypted: version (1 byte), kind (1 byte), then key, secret and passphrase,
/// each as a little-endian int32 length and UTF-8 bytes. Buffers are pinned so the GC never leaves copies behind.
/// </summary>
internal static class CredentialPayload
{
    internal const byte Version = 1;
    internal const int MaxFieldBytes = 16 * 1024;

    /// <summary>Encodes the three fields into a fresh pinned buffer (the caller wipes it).</summary>
    internal static byte[] Encode(CredentialKind kind, ReadOnlySpan<char> apiKey, ReadOnlySpan<char> secret, ReadOnlySpan<char> passphrase)
    {
        var keyBytes = Encoding.UTF8.GetByteCount(apiKey);
        var secretBytes = Encoding.UTF8.GetByteCount(secret);
        var passBytes = Encoding.UTF8.GetByteCount(passphrase);
        if (keyBytes > MaxFieldBytes || secretBytes > MaxFieldBytes || passBytes > MaxFieldBytes)
            throw new ArgumentException("A credential field is longer than 16 KiB.");
        var buffer = GC.AllocateUninitializedArray<byte>(2 + 12 + keyBytes + secretBytes + passBytes, pinned: true);
        var span = buffer.AsSpan();
        span[0] = Version;
        span[1] = (byte)kind;
        var at = 2;
        at = WriteField(span, at, apiKey, keyBytes);
        at = WriteField(span, at, secret, secretBytes);
        WriteField(span, at, passphrase, passBytes);
        return buffer;
    }

    /// <summary>Checks the layout and returns the kind and field ranges; false when the bytes are not a payload.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> payload, out CredentialKind kind, out Range key, out Range secret, out Range passphrase)
    {
        kind = default;
        key = secret = passphrase = default;
        if (payload.Length < 14 || payload[0] != Version) return false;
        kind = (CredentialKind)payload[1];
        if (kind is not (CredentialKind.KeySecret or CredentialKind.KeySecretPassphrase or CredentialKind.KeyNamePrivateKey)) return false;
        var at = 2;
        return TryReadField(payload, ref at, out key)
            && TryReadField(payload, ref at, out secret)
            && TryReadField(payload, ref at, out passphrase)
            && at == payload.Length;
    }

    /// <summary>Copies a payload into a new pinned buffer.</summary>
    internal static byte[] PinnedCopy(ReadOnlySpan<byte> source)
    {
        var copy = GC.AllocateUninitializedArray<byte>(source.Length, pinned: true);
        source.CopyTo(copy);
        return copy;
    }

    private static int WriteField(Span<byte> span, int at, ReadOnlySpan<char> text, int byteCount)
    {
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], byteCount);
        at += 4;
        var written = Encoding.UTF8.GetBytes(text, span.Slice(at, byteCount));
        if (written != byteCount)
        {
            CryptographicOperations.ZeroMemory(span);
            throw new InvalidOperationException("UTF-8 encoder wrote an unexpected number of bytes.");
        }
        return at + byteCount;
    }

    private static bool TryReadField(ReadOnlySpan<byte> payload, ref int at, out Range range)
    {
        range = default;
        if (payload.Length - at < 4) return false;
        var length = BinaryPrimitives.ReadInt32LittleEndian(payload[at..]);
        at += 4;
        if (length < 0 || length > MaxFieldBytes || payload.Length - at < length) return false;
        range = new Range(at, at + length);
        at += length;
        return true;
    }
}
