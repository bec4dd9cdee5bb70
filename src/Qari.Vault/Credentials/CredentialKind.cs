namespace Qari.Vault.Credentials;

/// <summary>The shape of a credential; callers see the same three slots (key, secret, passphrase) for every kind.</summary>
public enum CredentialKind
{
    /// <summary>API key + secret (HMAC signing: Binance, Bybit, Gate, Kraken).</summary>
    KeySecret = 1,
    /// <summary>API key + secret + passphrase (OKX, KuCoin, Bitget).</summary>
    KeySecretPassphrase = 2,
    /// <summary>Key name + PEM private key (Coinbase CDP keys, ES256 or Ed25519); the PEM sits in the secret slot.</summary>
    KeyNamePrivateKey = 3,
}
