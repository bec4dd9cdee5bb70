namespace Qari.Storage.Credentials;

/// <summary>
/// A stored credential row: encrypted blobs plus metadata. The blobs are bound (AES-GCM associated data) to
/// <see cref="UserId"/>, <see cref="Exchange"/>, <see cref="Id"/> and <see cref="Version"/>, so editing any of
/// those, or copying the blobs to another row, makes decryption fail.
/// </summary>
public sealed class CredentialEntity
{
    /// <summary>Credential id.</summary>
    public Guid Id { get; set; }

    /// <summary>Owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The exchange account this key belongs to (unique: one credential per account).</summary>
    public Guid ExchangeAccountId { get; set; }

    /// <summary>Exchange name.</summary>
    public string Exchange { get; set; } = "";

    /// <summary>1 for a first key, +1 for each replacement on the same account.</summary>
    public int Version { get; set; }

    /// <summary>Credential kind name.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Last four characters of the API key.</summary>
    public string KeyHint { get; set; } = "";

    /// <summary>Id of the master key that wraps the data key (also inside <see cref="WrappedKey"/>; here for queries).</summary>
    public string MasterKeyId { get; set; } = "";

    /// <summary>The wrapped data key blob.</summary>
    public byte[] WrappedKey { get; set; } = [];

    /// <summary>The encrypted credential blob.</summary>
    public byte[] Ciphertext { get; set; } = [];

    /// <summary>Status name (connected, not connected, invalid).</summary>
    public string Status { get; set; } = "";

    /// <summary>Why the status is what it is (no secrets).</summary>
    public string? StatusDetail { get; set; }

    /// <summary>Last check against the exchange.</summary>
    public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>The exchange's permission report as JSON (no secrets).</summary>
    public string? PermissionReportJson { get; set; }

    /// <summary>When stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last change.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
