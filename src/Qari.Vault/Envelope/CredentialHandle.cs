using System.Diagnostics;
using Qari.Model.Results;
using Qari.Vault.Credentials;

namespace Qari.Vault.Envelope;

/// <summary>
/// A stored credential ready for signing: it holds only ciphertext and decrypts on every <see cref="Use{T}"/>
/// call, wiping the plaintext when the callback returns. Safe to keep for the life of an exchange session.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CredentialHandle : ICredentialSource
{
    private readonly SealedCredential _sealed;
    private readonly CredentialCipher _cipher;

    /// <summary>Binds sealed blobs to their row's identity and the cipher that opens them.</summary>
    public CredentialHandle(CredentialBinding binding, CredentialKind kind, string keyHint, SealedCredential sealedCredential, CredentialCipher cipher)
    {
        Binding = binding;
        Kind = kind;
        KeyHint = keyHint;
        _sealed = sealedCredential ?? throw new ArgumentNullException(nameof(sealedCredential));
        _cipher = cipher ?? throw new ArgumentNullException(nameof(cipher));
    }

    /// <summary>Owner, exchange, credential id and version.</summary>
    public CredentialBinding Binding { get; }

    /// <summary>The credential's shape.</summary>
    public CredentialKind Kind { get; }

    /// <summary>Last four characters of the API key.</summary>
    public string KeyHint { get; }

    /// <summary>Decrypts, calls <paramref name="use"/> (e.g. to sign one request) and wipes the plaintext.</summary>
    public Result<T> Use<T>(CredentialUse<T> use) => _cipher.Open(_sealed, Binding, use);

    /// <summary>Redacted description.</summary>
    public override string ToString() => $"CredentialHandle({Binding.Exchange}, {Binding.Credential}, {Kind}, key {KeyHint}, secret [redacted])";
}
