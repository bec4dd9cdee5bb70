namespace Qari.Vault.Envelope;

/// <summary>
/// A credential at rest: the data key wrapped by a master key, and the credential encrypted under the data key.
/// Both blobs are versioned binary formats (see <c>docs/security.md</c>); neither holds anything secret in the clear.
/// </summary>
public sealed class SealedCredential
{
    /// <summary>Wraps two stored blobs (not copied).</summary>
    public SealedCredential(byte[] wrappedKey, byte[] ciphertext)
    {
        WrappedKey = wrappedKey ?? throw new ArgumentNullException(nameof(wrappedKey));
        Ciphertext = ciphertext ?? throw new ArgumentNullException(nameof(ciphertext));
    }

    /// <summary>Format 1: "QK", version, algorithm, master key id (length-prefixed), nonce, wrapped key, tag.</summary>
    public byte[] WrappedKey { get; }

    /// <summary>Format 1: "QC", version, algorithm, binding fingerprint, nonce, tag, ciphertext.</summary>
    public byte[] Ciphertext { get; }

    /// <summary>Sizes only.</summary>
    public override string ToString() => $"SealedCredential(wrapped key {WrappedKey.Length} B, ciphertext {Ciphertext.Length} B)";
}
