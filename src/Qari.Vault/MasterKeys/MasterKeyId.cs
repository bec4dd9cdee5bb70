namespace Qari.Vault.MasterKeys;

/// <summary>
/// Names a master key; recorded beside every wrapped data key. For local keys it is a fingerprint
/// (<c>mk-</c> + 16 hex digits of an HMAC of a fixed label under the key), so it reveals nothing about the key.
/// </summary>
public readonly record struct MasterKeyId
{
    /// <summary>Creates an id; 1 to 64 characters of [a-z0-9._-].</summary>
    public MasterKeyId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException("A master key id is 1-64 characters of a-z, 0-9, '.', '_' or '-'.", nameof(value));
        Value = value;
    }

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> is a well-formed id.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-');

    /// <inheritdoc />
    public override string ToString() => Value;
}
