namespace Qari.Vault.MasterKeys;

/// <summary>
/// A key-encryption key. It only wraps and unwraps 32-byte data keys, so an implementation backed by a KMS or
/// an HSM never has to reveal its key material to Qari.
/// </summary>
public interface IMasterKey : IDisposable
{
    /// <summary>The id recorded with every data key this key wraps.</summary>
    MasterKeyId Id { get; }

    /// <summary>Wraps a data key; the result is opaque and self-contained (nonce, ciphertext, tag).</summary>
    byte[] Wrap(ReadOnlySpan<byte> dataKey, ReadOnlySpan<byte> associatedData);

    /// <summary>Unwraps into <paramref name="dataKey"/>; false when the wrapped bytes or associated data fail authentication.</summary>
    bool TryUnwrap(ReadOnlySpan<byte> wrapped, ReadOnlySpan<byte> associatedData, Span<byte> dataKey);
}
