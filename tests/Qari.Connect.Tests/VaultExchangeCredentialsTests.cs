using System.Text;
using Qari.Vault.Credentials;

namespace Qari.Connect.Tests;

public sealed class VaultExchangeCredentialsTests
{
    [Fact]
    public void From_TypedCredential_KeyIdPublicSecretsOnlyInsideUse()
    {
        using var typed = ExchangeCredential.KeySecretPassphrase("myKeyId1234", "the-secret", "the-pass");

        var credentials = VaultExchangeCredentials.From(typed).Value;
        var seen = credentials.UseSecrets((secret, passphrase) => Encoding.UTF8.GetString(secret) + "|" + Encoding.UTF8.GetString(passphrase));

        Assert.Equal("myKeyId1234", credentials.KeyId);
        Assert.Equal("the-secret|the-pass", seen);
        Assert.DoesNotContain("the-secret", credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("…1234", credentials.ToString(), StringComparison.Ordinal);
    }
}
