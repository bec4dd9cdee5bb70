using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Http;

/// <summary>
/// An API key held in memory (for the CLI and tests): the secret and passphrase bytes are wiped on
/// <see cref="Dispose"/>, and the object prints only the shortened key id, never the secret.
/// </summary>
public sealed class InMemoryCredentials : IExchangeCredentials, IDisposable
{
    private readonly byte[] _secret;
    private readonly byte[] _passphrase;
    private bool _disposed;

    /// <summary>Holds <paramref name="secret"/> (and <paramref name="passphrase"/>, where the exchange uses one) as UTF-8 bytes.</summary>
    public InMemoryCredentials(string keyId, string secret, string? passphrase = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        KeyId = keyId;
        _secret = Encoding.UTF8.GetBytes(secret);
        _passphrase = Encoding.UTF8.GetBytes(passphrase ?? "");
    }

    /// <inheritdoc />
    public string KeyId { get; }

    /// <summary>True when a passphrase was given.</summary>
    public bool HasPassphrase => _passphrase.Length > 0;

    /// <inheritdoc />
    public TResult UseSecrets<TResult>(SecretUse<TResult> use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return use(_secret, _passphrase);
    }

    /// <summary>Wipes the secret and passphrase bytes.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        CryptographicOperations.ZeroMemory(_secret);
        CryptographicOperations.ZeroMemory(_passphrase);
        _disposed = true;
    }

    /// <inheritdoc />
    public override string ToString() => $"key {Shorten(KeyId)} (secret redacted)";

    /// <summary>The key id with its middle replaced, for display.</summary>
    public static string Shorten(string keyId) => keyId.Length <= 8 ? keyId : keyId[..4] + "…" + keyId[^4..];
}
