using System.Security.Cryptography;
using System.Text;
using Qari.Connect.Tests.Support;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Vault.Credentials;
using Qari.Vault.Store;

namespace Qari.Connect.Tests;

/// <summary>
/// The connect flow for each of the 8 exchanges against the simulator: key + secret, key + secret + passphrase
/// (OKX, KuCoin, Bitget), a base64 secret (Kraken) and a CDP key name + PEM private key (Coinbase) all go through
/// the same flow, are stored encrypted, and later sign again from the database.
/// </summary>
public sealed class KeyConnectorEveryExchangeTests
{
    private const string Passphrase = "pass/Phrase+1=~";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];

    public static TheoryData<ExchangeId> Exchanges => [.. ExchangeIds.All];

    [Theory]
    [MemberData(nameof(Exchanges))]
    public async Task AddThenVerify_EachExchangesKeyShape_ConnectedAndSignsFromTheVault(ExchangeId exchange)
    {
        var (simKey, privatePem) = KeyFor(exchange);
        var seed = ConnectKeys.Seed() with
        {
            Accounts = [new SeedAccount("acct", new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [simKey])],
        };
        await using var h = await ConnectHarness.StartAsync(seed: seed);
        var requiresPassphrase = h.Connector.Capabilities(exchange).Value.RequiresPassphrase;
        using var typed = exchange == ExchangeId.Coinbase
            ? ExchangeCredential.KeyNamePrivateKey(simKey.KeyId, privatePem!)
            : requiresPassphrase
                ? ExchangeCredential.KeySecretPassphrase(simKey.KeyId, simKey.Secret, Passphrase)
                : ExchangeCredential.KeySecret(simKey.KeyId, simKey.Secret);

        var added = await h.Connector.AddAsync(h.Owner, exchange, "main", typed, Ct);

        Assert.True(added.IsSuccess, added.IsSuccess ? "" : added.Error.ToString());
        var stored = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        Assert.Equal(CredentialStatus.Connected, stored.Status);
        Assert.Equal(exchange, stored.Exchange);
        var verified = await h.Connector.VerifyAsync(h.Owner, stored.Id, Ct);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? "" : verified.Error.ToString());
        Assert.Equal(CredentialStatus.Connected, Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct)).Status);

        // Nothing secret reached the database file or the logs.
        var file = await File.ReadAllBytesAsync(h.DatabasePath);
        foreach (var secret in new[] { simKey.Secret, Passphrase, privatePem }.OfType<string>())
        {
            // A PEM is searched by a slice of its key material (its header lines are not secret).
            var needle = secret.StartsWith("-----BEGIN", StringComparison.Ordinal) ? secret[40..80] : secret;
            Assert.DoesNotContain(needle, Encoding.UTF8.GetString(file), StringComparison.Ordinal);
            Assert.DoesNotContain(needle, string.Join("\n", h.Logs.Entries), StringComparison.Ordinal);
        }
    }

    private static (SimKey Key, string? PrivatePem) KeyFor(ExchangeId exchange)
    {
        var plain = new SimKey("every" + exchange, "every/Secret+" + exchange + "=0123456789~", "acct", Passphrase: Passphrase, AllowedIps: Loopback);
        switch (exchange)
        {
            case ExchangeId.Kraken:
                // Kraken issues base64 secrets.
                return (plain with { Secret = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain.Secret)) }, null);
            case ExchangeId.Coinbase:
                // Coinbase CDP keys are an EC P-256 key pair; the exchange (simulator) holds only the public half.
                using (var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    var privatePem = ec.ExportECPrivateKeyPem();
                    return (plain with { Secret = privatePem, PublicKeyPem = ec.ExportSubjectPublicKeyInfoPem() }, privatePem);
                }
            default:
                return (plain, null);
        }
    }
}
