namespace Qari.Vault.Credentials;

/// <summary>One stored exchange credential (a key + its secret parts); a replaced key gets a new id.</summary>
public readonly record struct CredentialId(Guid Value)
{
    /// <summary>A fresh random id.</summary>
    public static CredentialId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("N");
}
