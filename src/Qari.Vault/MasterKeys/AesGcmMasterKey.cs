using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Qari.Vault.MasterKeys;

/// <summary>A local 256-bit master key that wraps data keys with AES-256-GCM; the key bytes sit in a pinned buffer wiped on dispose.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class AesGcmMasterKey : IMasterKey
{
    /// <summary>Master key length in bytes.</summary>
    public const int KeySize = 32;

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] IdLabel = Encoding.ASCII.GetBytes("qari master key id v1");

    private readonly byte[] _key;
    private bool _disposed;

    private AesGcmMasterKey(byte[] key, MasterKeyId id)
    {
        _key = key;
        Id = id;
    }

    /// <inheritdoc />
    public MasterKeyId Id { get; }

    /// <summary>Copies 32 key bytes into a pinned buffer; the id is derived from the key.</summary>
    public static AesGcmMasterKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize) throw new ArgumentException($"A master key is {KeySize} bytes.", nameof(key));
        var copy = GC.AllocateUninitializedArray<byte>(KeySize, pinned: true);
        key.CopyTo(copy);
        return new AesGcmMasterKey(copy, FingerprintOf(copy));
    }

    /// <summary>A new random key.</summary>
    public static AesGcmMasterKey Generate()
    {
        Span<byte> key = stackalloc byte[KeySize];
        RandomNumberGenerator.Fill(key);
        try
        {
            return FromBytes(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The id of a key: <c>mk-</c> + the first 8 bytes of HMAC-SHA256(key, label), hex.</summary>
    public static MasterKeyId FingerprintOf(ReadOnlySpan<byte> key)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, IdLabel, mac);
        return new MasterKeyId("mk-" + Convert.ToHexStringLower(mac[..8]));
    }

    /// <inheritdoc />
    public byte[] Wrap(ReadOnlySpan<byte> dataKey, ReadOnlySpan<byte> associatedData)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var wrapped = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = wrapped.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, dataKey, wrapped.AsSpan(NonceSize, dataKey.Length), wrapped.AsSpan(NonceSize + dataKey.Length), associatedData);
        return wrapped;
    }

    /// <inheritdoc />
    public bool TryUnwrap(ReadOnlySpan<byte> wrapped, ReadOnlySpan<byte> associatedData, Span<byte> dataKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (wrapped.Length != NonceSize + dataKey.Length + TagSize) return false;
        using var aes = new AesGcm(_key, TagSize);
        try
        {
            aes.Decrypt(wrapped[..NonceSize], wrapped.Slice(NonceSize, dataKey.Length), wrapped[(NonceSize + dataKey.Length)..], dataKey, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(dataKey);
            return false;
        }
    }

    /// <summary>Writes the key as base64 into a char buffer the caller wipes (for saving a newly generated key).</summary>
    internal char[] ToBase64Chars()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var chars = new char[44];
        if (!Convert.TryToBase64Chars(_key, chars, out var written) || written != chars.Length)
            throw new InvalidOperationException("Base64 encoding of a 32-byte key must be 44 characters.");
        return chars;
    }

    /// <summary>Wipes the key.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        CryptographicOperations.ZeroMemory(_key);
        _disposed = true;
    }

    /// <summary>Only the id is printed.</summary>
    public override string ToString() => $"AesGcmMasterKey({Id})";
}
