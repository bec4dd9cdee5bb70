namespace Qari.Vault;

/// <summary>Every way the vault can refuse; <see cref="VaultErrors"/> turns each into an <c>Error</c> with code <c>vault.&lt;name&gt;</c>.</summary>
public enum VaultErrorCode
{
    /// <summary>No master key is configured (environment variable unset, key file absent).</summary>
    MasterKeyMissing,
    /// <summary>The configured master key is not base64 of exactly 32 bytes, or the key file is unreadable.</summary>
    MasterKeyMalformed,
    /// <summary>The key file can be read by group or others.</summary>
    KeyFileTooPermissive,
    /// <summary>Stored credentials are wrapped under a master key that is not configured.</summary>
    MasterKeyMismatch,
    /// <summary>A stored blob has an unknown magic, format version or algorithm, or is truncated.</summary>
    UnsupportedFormat,
    /// <summary>The ciphertext was sealed for another owner, exchange, credential or version (a copied or moved row).</summary>
    BindingMismatch,
    /// <summary>The wrapped data key fails authentication: altered, or wrapped by a different key with the same id.</summary>
    WrappedKeyTampered,
    /// <summary>The credential ciphertext, its nonce or its tag fails authentication.</summary>
    CiphertextTampered,
    /// <summary>The decrypted payload does not have the credential layout.</summary>
    PayloadMalformed,
}
