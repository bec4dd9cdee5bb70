using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Tests.Support;

/// <summary>Deterministic master keys and sample credentials for tests.</summary>
public static class TestKeys
{
    public const string ApiKey = "AKIAqari0000TESTKEYabcd";
    public const string Secret = "s3cr3t/Qari+Test=Secret~0123456789abcdef";
    public const string Passphrase = "pass phrase &with=url?chars";

    public static byte[] KeyBytes(byte seed) => [.. Enumerable.Range(0, 32).Select(i => (byte)(seed * 31 + i))];

    public static string KeyBase64(byte seed) => Convert.ToBase64String(KeyBytes(seed));

    public static AesGcmMasterKey Key(byte seed) => AesGcmMasterKey.FromBytes(KeyBytes(seed));

    public static MasterKeyRing Ring(byte active, params byte[] retired) => new(Key(active), [.. retired.Select(Key)]);

    public static CredentialBinding Binding(int version = 1, ExchangeId exchange = ExchangeId.Okx) =>
        new(new UserId(Guid.Parse("11111111-2222-3333-4444-555555555555")), exchange, new CredentialId(Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")), version);

    public static ExchangeCredential Credential() => ExchangeCredential.KeySecretPassphrase(ApiKey, Secret, Passphrase);

    /// <summary>Reads the three parts back as strings (tests only: production code never builds strings from secrets).</summary>
    public static (string Key, string Secret, string Passphrase, CredentialKind Kind) Read(CredentialView view) =>
        (System.Text.Encoding.UTF8.GetString(view.ApiKey), System.Text.Encoding.UTF8.GetString(view.Secret),
         System.Text.Encoding.UTF8.GetString(view.Passphrase), view.Kind);
}
