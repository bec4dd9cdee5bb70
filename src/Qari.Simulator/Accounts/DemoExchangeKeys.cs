using Qari.Model.Ids;

namespace Qari.Simulator.Accounts;

/// <summary>
/// Demo keys for the exchanges whose credentials have another shape than key + secret: Bitget (passphrase), Kraken
/// (base64 secret) and Coinbase (CDP key name + EC private key, of which the simulator holds only the public key).
/// Like <see cref="DemoSeed"/>'s key they are public and valid only on the local simulator.
/// </summary>
public static class DemoExchangeKeys
{
    /// <summary>Bitget demo key id (secret: <see cref="DemoSeed.Secret"/>).</summary>
    public const string BitgetKeyId = "qari-demo-bitget";

    /// <summary>Bitget demo passphrase.</summary>
    public const string BitgetPassphrase = "qari-demo-passphrase";

    /// <summary>Kraken demo key id.</summary>
    public const string KrakenKeyId = "qari-demo-kraken";

    /// <summary>Kraken demo secret: <see cref="DemoSeed.Secret"/> in base64, the form Kraken issues secrets in.</summary>
    public const string KrakenSecret = "cWFyaS1kZW1vLXNlY3JldC1mb3ItdGhlLWxvY2FsLXNpbXVsYXRvci1vbmx5";

    /// <summary>Coinbase demo CDP key name.</summary>
    public const string CoinbaseKeyName = "organizations/qari-demo/apiKeys/qari-demo-key";

    /// <summary>Coinbase demo private key (SEC1 PEM; also in docs/demo/coinbase-demo-key.pem).</summary>
    public const string CoinbasePrivateKeyPem =
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIN11SvFBVdw0uYVi2MMS18BYV+iobalErmSMAgtcKUtloAoGCCqGSM49\n" +
        "AwEHoUQDQgAENEBSE/Ae2Fl9C/UnazhU3hpJ9jp7RMqRvdv8ijDFIUXOazf15yJX\nFg5avk8FEoqhJjc1Z+1m90mtYi4ZNuLBWA==\n-----END EC PRIVATE KEY-----\n";

    /// <summary>The public key the simulator verifies the demo Coinbase JWTs with.</summary>
    public const string CoinbasePublicKeyPem =
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENEBSE/Ae2Fl9C/UnazhU3hpJ9jp7\n" +
        "RMqRvdv8ijDFIUXOazf15yJXFg5avk8FEoqhJjc1Z+1m90mtYi4ZNuLBWA==\n-----END PUBLIC KEY-----\n";

    /// <summary>The three demo keys for <paramref name="accountId"/>, read + spot trade, restricted to loopback.</summary>
    public static IReadOnlyList<SimKey> For(string accountId)
    {
        string[] loopback = ["127.0.0.1", "::1"];
        return
        [
            new SimKey(BitgetKeyId, DemoSeed.Secret, accountId, BitgetPassphrase, ExchangeId.Bitget, AllowedIps: loopback),
            new SimKey(KrakenKeyId, KrakenSecret, accountId, Exchange: ExchangeId.Kraken, AllowedIps: loopback),
            // The simulator needs only the public key; the secret field is not used for Coinbase keys.
            new SimKey(CoinbaseKeyName, "unused", accountId, Exchange: ExchangeId.Coinbase, AllowedIps: loopback, PublicKeyPem: CoinbasePublicKeyPem),
        ];
    }
}
