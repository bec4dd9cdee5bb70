using Qari.Model.Results;

namespace Qari.Vault.Credentials;

/// <summary>
/// Anything a request signer can sign with: a credential just typed in (validated before it is stored) or a stored
/// one (<see cref="Envelope.CredentialHandle"/>). Signers depend on this, never on where the secret came from.
/// </summary>
public interface ICredentialSource
{
    /// <summary>The credential's shape (which signing scheme applies).</summary>
    CredentialKind Kind { get; }

    /// <summary>Last four characters of the API key.</summary>
    string KeyHint { get; }

    /// <summary>Calls <paramref name="use"/> with the plaintext, wiped or released right after; fails if it cannot be decrypted.</summary>
    Result<T> Use<T>(CredentialUse<T> use);
}
