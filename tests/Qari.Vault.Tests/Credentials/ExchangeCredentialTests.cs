using System.Reflection;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.Store;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.Credentials;

public class ExchangeCredentialTests
{
    private const string Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oIVsZZRRjwpmoAoGCCqGSM49\n-----END EC PRIVATE KEY-----";

    public static TheoryData<string> Kinds => ["key-secret", "key-secret-passphrase", "key-name-pem"];

    private static ExchangeCredential Make(string kind) => kind switch
    {
        "key-secret" => ExchangeCredential.KeySecret(TestKeys.ApiKey, TestKeys.Secret),
        "key-secret-passphrase" => ExchangeCredential.KeySecretPassphrase(TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase),
        _ => ExchangeCredential.KeyNamePrivateKey("organizations/org-1/apiKeys/key-9f3e", Pem),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToString_AnyKind_PrintsHintButNoSecret(string kind)
    {
        using var credential = Make(kind);
        var text = credential.ToString();
        Assert.Contains("[redacted]", text);
        Assert.DoesNotContain(TestKeys.Secret, text);
        Assert.DoesNotContain(TestKeys.Passphrase, text);
        Assert.DoesNotContain(TestKeys.ApiKey, text);
        Assert.DoesNotContain("MHcCAQEE", text);
        Assert.StartsWith("…", credential.KeyHint);
    }

    [Fact]
    public void Use_KeySecretPassphrase_ExposesAllThreeSlots()
    {
        using var credential = ExchangeCredential.KeySecretPassphrase(TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase);
        var (key, secret, passphrase, kind) = credential.Use(TestKeys.Read);
        Assert.Equal((TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase, CredentialKind.KeySecretPassphrase), (key, secret, passphrase, kind));
    }

    [Fact]
    public void Use_KeyNamePrivateKey_PemInSecretSlotAndNoPassphrase()
    {
        using var credential = Make("key-name-pem");
        var (key, secret, passphrase, kind) = credential.Use(TestKeys.Read);
        Assert.Equal("organizations/org-1/apiKeys/key-9f3e", key);
        Assert.Equal(Pem, secret);
        Assert.Equal("", passphrase);
        Assert.Equal(CredentialKind.KeyNamePrivateKey, kind);
        Assert.Equal("…9f3e", credential.KeyHint);
    }

    [Fact]
    public void Use_ThroughCredentialSource_TypedInAndStoredGiveTheSameParts()
    {
        var cipher = new CredentialCipher(TestKeys.Ring(1));
        using var typedIn = TestKeys.Credential();
        var stored = new CredentialHandle(TestKeys.Binding(), typedIn.Kind, typedIn.KeyHint, cipher.Seal(typedIn, TestKeys.Binding()), cipher);
        ICredentialSource[] sources = [typedIn, stored];
        var parts = sources.Select(s => s.Use(TestKeys.Read).Value).ToList();
        Assert.Equal(parts[0], parts[1]);
        Assert.Equal(TestKeys.Secret, parts[0].Secret);
    }

    [Fact]
    public void Dispose_Always_WipesPlaintextAndBlocksUse()
    {
        var credential = ExchangeCredential.KeySecret(TestKeys.ApiKey, TestKeys.Secret);
        var buffer = (byte[])typeof(ExchangeCredential).GetField("_payload", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(credential)!;
        Assert.Contains(buffer, b => b != 0);
        credential.Dispose();
        Assert.All(buffer, b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => credential.Use(_ => 0));
    }

    [Fact]
    public void KeySecretPassphrase_EmptyPassphrase_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExchangeCredential.KeySecretPassphrase(TestKeys.ApiKey, TestKeys.Secret, " "));
    }

    [Fact]
    public void KeyNamePrivateKey_NotPem_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExchangeCredential.KeyNamePrivateKey("name", "not a key"));
    }

    [Theory]
    [InlineData(typeof(ExchangeCredential))]
    [InlineData(typeof(CredentialHandle))]
    [InlineData(typeof(CredentialSummary))]
    [InlineData(typeof(SealedCredential))]
    public void PublicSurface_CredentialTypes_HaveNoSettableOrSecretStrings(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.False(property.PropertyType == typeof(string) && property.SetMethod is { IsPublic: true } && !property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(),
                $"{type.Name}.{property.Name} is a publicly settable string");
            Assert.DoesNotContain("Secret", property.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("Passphrase", property.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("PrivateKey", property.Name, StringComparison.Ordinal);
        }
    }
}
