using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>
/// Puts the contract keys into the form each exchange issues: Kraken secrets are base64 text, Coinbase CDP keys
/// are an EC P-256 private key in PEM (the simulator is given only the public key). Other exchanges use the
/// secrets as they are. The same (key id, secret) always yields the same converted key within a run.
/// </summary>
public static class ContractKeys
{
    private static readonly ConcurrentDictionary<(string, string), (string Private, string Public)> EcKeys = new();

    /// <summary>The contract seed with every key converted for <paramref name="exchange"/>.</summary>
    public static SimulatorSeed Seed(ExchangeId exchange)
    {
        var seed = ContractSeed.Create();
        return seed with { Accounts = seed.Accounts.Select(a => a with { Keys = a.Keys.Select(k => For(exchange, k)).ToList() }).ToList() };
    }

    /// <summary><paramref name="key"/> as <paramref name="exchange"/> would issue it.</summary>
    public static SimKey For(ExchangeId exchange, SimKey key) => exchange switch
    {
        ExchangeId.Kraken when !IsBase64(key.Secret) => key with { Secret = Convert.ToBase64String(Encoding.UTF8.GetBytes(key.Secret)) },
        ExchangeId.Coinbase when !key.Secret.StartsWith("-----BEGIN", StringComparison.Ordinal) => WithEcKey(key),
        _ => key,
    };

    private static SimKey WithEcKey(SimKey key)
    {
        var (privatePem, publicPem) = EcKeys.GetOrAdd((key.KeyId, key.Secret), _ =>
        {
            using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return (ec.ExportECPrivateKeyPem(), ec.ExportSubjectPublicKeyInfoPem());
        });
        return key with { Secret = privatePem, PublicKeyPem = publicPem };
    }

    private static bool IsBase64(string text) => text.Length > 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
