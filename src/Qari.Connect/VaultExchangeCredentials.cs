using System.Text;
using Qari.Exchanges.Abstractions;
using Qari.Vault.Credentials;

namespace Qari.Connect;

/// <summary>
/// Lets an exchange adapter sign with a vault credential (a typed-in <see cref="ExchangeCredential"/> or a stored
/// <see cref="Vault.Envelope.CredentialHandle"/>): the secret is decrypted for each signing call only and wiped
/// right after. Only the public API key id is kept as a string (it is sent in request headers anyway).
/// </summary>
public sealed class VaultExchangeCredentials : IExchangeCredentials
{
    private readonly ICredentialSource _source;

    private VaultExchangeCredentials(ICredentialSource source, string keyId)
    {
        _source = source;
        KeyId = keyId;
    }

    /// <inheritdoc />
    public string KeyId { get; }

    /// <summary>Wraps <paramref name="source"/>; fails when it cannot be decrypted (the error names no secret).</summary>
    public static Model.Results.Result<VaultExchangeCredentials> From(ICredentialSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var keyId = source.Use(static view => Encoding.UTF8.GetString(view.ApiKey));
        if (!keyId.IsSuccess) return keyId.Error;
        return new VaultExchangeCredentials(source, keyId.Value);
    }

    /// <inheritdoc />
    public TResult UseSecrets<TResult>(SecretUse<TResult> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var result = _source.Use(view => use(view.Secret, view.Passphrase));
        // The source opened moments ago (From decrypted it); failing now means corrupted memory or a changed
        // master key ring: a bug, not an expected outcome. The error text holds ids and codes only.
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"credential {_source.KeyHint} could not be opened for signing: {result.Error.Code}");
    }

    /// <summary>Redacted description.</summary>
    public override string ToString() => $"VaultExchangeCredentials(key {_source.KeyHint}, secret [redacted])";
}
