using System.Security.Cryptography;
using System.Text;
using Qari.Model.Ids;
using Qari.Vault.Credentials;

namespace Qari.Storage.Tests.Support;

/// <summary>One credential per exchange with fresh random secrets, in each exchange's shape.</summary>
public sealed record SampleCredential(ExchangeId Exchange, string ApiKey, string Secret, string? Passphrase)
{
    /// <summary>The values that must never leak (the API key is included: it identifies the account).</summary>
    public IEnumerable<string> Secrets => Passphrase is null ? [ApiKey, Secret] : [ApiKey, Secret, Passphrase];

    public ExchangeCredential Create() => Exchange switch
    {
        ExchangeId.Okx or ExchangeId.Kucoin or ExchangeId.Bitget => ExchangeCredential.KeySecretPassphrase(ApiKey, Secret, Passphrase!),
        ExchangeId.Coinbase => ExchangeCredential.KeyNamePrivateKey(ApiKey, Secret),
        _ => ExchangeCredential.KeySecret(ApiKey, Secret),
    };

    public static IReadOnlyList<SampleCredential> ForAllExchanges() => [.. ExchangeIds.All.Select(For)];

    public static SampleCredential For(ExchangeId exchange)
    {
        string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));
        if (exchange == ExchangeId.Coinbase)
        {
            using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return new SampleCredential(exchange, $"organizations/{Guid.NewGuid()}/apiKeys/{Guid.NewGuid()}", ec.ExportECPrivateKeyPem(), null);
        }
        var passphrase = exchange is ExchangeId.Okx or ExchangeId.Kucoin or ExchangeId.Bitget ? "Pass phrase+" + Random(9) : null;
        return new SampleCredential(exchange, "key" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), Random(48), passphrase);
    }

    /// <summary>Signs one request the way an adapter would: plaintext only inside the callback; returns a signature (not secret).</summary>
    public static string Sign(CredentialView view, string message)
    {
        if (view.Kind == CredentialKind.KeyNamePrivateKey)
        {
            var chars = new char[view.Secret.Length];
            try
            {
                var count = Encoding.UTF8.GetChars(view.Secret, chars);
                using var ec = ECDsa.Create();
                ec.ImportFromPem(chars.AsSpan(0, count));
                return Convert.ToBase64String(ec.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256));
            }
            finally
            {
                Array.Clear(chars);
            }
        }
        return Convert.ToHexStringLower(HMACSHA256.HashData(view.Secret, Encoding.UTF8.GetBytes(message)));
    }
}
