using System.Diagnostics;
using System.Security.Cryptography;
using Qari.Model.Results;

namespace Qari.Vault.Credentials;

/// <summary>
/// A credential as the user typed it, held only between input and sealing: the parts live in one pinned buffer
/// that <see cref="Dispose"/> wipes. It never prints its secret and exposes the plaintext only inside
/// <see cref="Use{T}"/>. Stored credentials are handed out as <see cref="Envelope.CredentialHandle"/> instead.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ExchangeCredential : ICredentialSource, IDisposable
{
    private readonly byte[] _payload;
    private bool _disposed;

    private ExchangeCredential(byte[] payload, CredentialKind kind, string keyHint)
    {
        _payload = payload;
        Kind = kind;
        KeyHint = keyHint;
    }

    /// <summary>The credential's shape.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The last four characters of the API key (or key name), for people to recognise it; never the secret.</summary>
    public string KeyHint { get; }

    /// <summary>An API key and secret.</summary>
    public static ExchangeCredential KeySecret(ReadOnlySpan<char> apiKey, ReadOnlySpan<char> secret) =>
        Create(CredentialKind.KeySecret, apiKey, secret, []);

    /// <summary>An API key, secret and passphrase (OKX, KuCoin, Bitget).</summary>
    public static ExchangeCredential KeySecretPassphrase(ReadOnlySpan<char> apiKey, ReadOnlySpan<char> secret, ReadOnlySpan<char> passphrase)
    {
        if (passphrase.IsWhiteSpace()) throw new ArgumentException("A passphrase is required for this kind of key.", nameof(passphrase));
        return Create(CredentialKind.KeySecretPassphrase, apiKey, secret, passphrase);
    }

    /// <summary>A key name and PEM private key (Coinbase CDP, ES256 or Ed25519).</summary>
    public static ExchangeCredential KeyNamePrivateKey(ReadOnlySpan<char> keyName, ReadOnlySpan<char> privateKeyPem)
    {
        if (!privateKeyPem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            throw new ArgumentException("The private key must be PEM text (-----BEGIN ... PRIVATE KEY-----).", nameof(privateKeyPem));
        return Create(CredentialKind.KeyNamePrivateKey, keyName, privateKeyPem, []);
    }

    /// <summary>Calls <paramref name="use"/> with the plaintext parts; the spans are valid only during the call.</summary>
    public T Use<T>(CredentialUse<T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        ObjectDisposedException.ThrowIf(_disposed, this);
        CredentialPayload.TryParse(_payload, out var kind, out var key, out var secret, out var passphrase);
        ReadOnlySpan<byte> payload = _payload;
        return use(new CredentialView(kind, payload[key], payload[secret], payload[passphrase]));
    }

    /// <inheritdoc />
    Result<T> ICredentialSource.Use<T>(CredentialUse<T> use) => Result<T>.Ok(Use(use));

    /// <summary>Wipes the plaintext.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        CryptographicOperations.ZeroMemory(_payload);
        _disposed = true;
    }

    /// <summary>Redacted description: kind and key hint only.</summary>
    public override string ToString() => $"ExchangeCredential({Kind}, key {KeyHint}, secret [redacted])";

    /// <summary>The encoded plaintext for sealing (internal: only the envelope reads it).</summary>
    internal ReadOnlySpan<byte> Payload
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _payload;
        }
    }

    /// <summary>Rebuilds a credential from a decrypted payload (copied into a new pinned buffer); null when malformed.</summary>
    internal static ExchangeCredential? FromPayload(ReadOnlySpan<byte> payload)
    {
        if (!CredentialPayload.TryParse(payload, out var kind, out var key, out _, out _)) return null;
        return new ExchangeCredential(CredentialPayload.PinnedCopy(payload), kind, HintOf(payload[key]));
    }

    /// <summary>The last four characters of a UTF-8 key, prefixed with an ellipsis.</summary>
    internal static string HintOf(ReadOnlySpan<byte> utf8Key)
    {
        var text = System.Text.Encoding.UTF8.GetString(utf8Key);
        return text.Length <= 4 ? "…" : "…" + text[^4..];
    }

    private static ExchangeCredential Create(CredentialKind kind, ReadOnlySpan<char> apiKey, ReadOnlySpan<char> secret, ReadOnlySpan<char> passphrase)
    {
        if (apiKey.IsWhiteSpace()) throw new ArgumentException("The API key (or key name) is empty.", nameof(apiKey));
        if (secret.IsWhiteSpace()) throw new ArgumentException("The secret is empty.", nameof(secret));
        var payload = CredentialPayload.Encode(kind, apiKey.Trim(), secret.Trim(), passphrase.Trim());
        var hint = apiKey.Trim().Length <= 4 ? "…" : "…" + apiKey.Trim()[^4..].ToString();
        return new ExchangeCredential(payload, kind, hint);
    }
}
