namespace Qari.Vault.Credentials;

/// <summary>
/// The decrypted parts of a credential, valid only inside a <see cref="CredentialUse{T}"/> callback: the buffer
/// behind these spans is wiped as soon as the callback returns, so never copy them into a field or a string
/// that outlives the call.
/// </summary>
public readonly ref struct CredentialView
{
    internal CredentialView(CredentialKind kind, ReadOnlySpan<byte> apiKey, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> passphrase)
    {
        Kind = kind;
        ApiKey = apiKey;
        Secret = secret;
        Passphrase = passphrase;
    }

    /// <summary>The credential's shape (which signing scheme the exchange adapter applies).</summary>
    public CredentialKind Kind { get; }

    /// <summary>UTF-8 API key (or, for <see cref="CredentialKind.KeyNamePrivateKey"/>, the key name).</summary>
    public ReadOnlySpan<byte> ApiKey { get; }

    /// <summary>UTF-8 API secret (or the PEM private key).</summary>
    public ReadOnlySpan<byte> Secret { get; }

    /// <summary>UTF-8 passphrase; empty when the credential has none.</summary>
    public ReadOnlySpan<byte> Passphrase { get; }

    /// <summary>Redacted: a view never prints its contents.</summary>
    public override string ToString() => $"CredentialView({Kind}, [redacted])";
}
