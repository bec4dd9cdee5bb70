namespace Qari.Exchanges.Abstractions;

/// <summary>Runs a signing step with the secret parts of a key; the spans are only valid during the call.</summary>
public delegate TResult SecretUse<TResult>(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> passphrase);

/// <summary>
/// An API key as the signing pipeline sees it: the public key id, and the secret (and passphrase, where the
/// exchange uses one) made available only inside <see cref="UseSecrets{TResult}"/>, so plaintext exists just
/// for the moment of signing. For Coinbase, <see cref="KeyId"/> is the CDP key name and the secret is the PEM
/// private key. Implementations never print or expose the secret.
/// </summary>
public interface IExchangeCredentials
{
    /// <summary>The public API key (or key name); safe to send and to show.</summary>
    string KeyId { get; }

    /// <summary>Calls <paramref name="use"/> with the secret and passphrase bytes (UTF-8; passphrase empty when none), then wipes them.</summary>
    TResult UseSecrets<TResult>(SecretUse<TResult> use);
}
