namespace Qari.Storage.Credentials;

/// <summary>What happened to a credential, as recorded in the audit log.</summary>
public enum CredentialEvent
{
    /// <summary>A credential was stored.</summary>
    Added,
    /// <summary>A check against the exchange recorded a status.</summary>
    Verified,
    /// <summary>A credential was replaced by a new one (the old ciphertext destroyed).</summary>
    Replaced,
    /// <summary>A credential was removed (its ciphertext destroyed).</summary>
    Removed,
    /// <summary>A stored credential failed to decrypt (tampered, moved or wrong master key).</summary>
    DecryptionFailure,
}
