using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Keys;
using Qari.Vault.Credentials;

namespace Qari.Cli.Tests.Commands.Keys;

public sealed class SecretInputTests
{
    private static (ExchangeCredential? Credential, string Error) Read(string stdin, string? key, bool passphrase)
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, new StringReader(stdin), InputRedirected: true, _ => null);
        return (SecretInput.Read(key, passphrase, console), error.ToString());
    }

    [Fact]
    public void Read_KeySecretPassphraseLines_PassphraseKind()
    {
        var (credential, _) = Read("myKey0001\nsec-ret\npass phrase\n", null, passphrase: true);

        using (credential)
        {
            Assert.NotNull(credential);
            Assert.Equal(CredentialKind.KeySecretPassphrase, credential.Kind);
            Assert.Equal("sec-ret|pass phrase", credential.Use(v => System.Text.Encoding.UTF8.GetString(v.Secret) + "|" + System.Text.Encoding.UTF8.GetString(v.Passphrase)));
        }
    }

    [Fact]
    public void Read_PassphraseNeededButMissing_NullWithReason()
    {
        var (credential, error) = Read("sec-ret\n", "myKey0001", passphrase: true);

        Assert.Null(credential);
        Assert.Contains("have a passphrase", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PemBlockOverSeveralLines_PrivateKeyKindWithWholeBlock()
    {
        const string pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIabc\nAwEHoUQDQgAE\n-----END EC PRIVATE KEY-----";

        var (credential, _) = Read(pem + "\n", "organizations/x/apiKeys/y", passphrase: false);

        using (credential)
        {
            Assert.Equal(CredentialKind.KeyNamePrivateKey, credential!.Kind);
            Assert.Equal(pem, credential.Use(v => System.Text.Encoding.UTF8.GetString(v.Secret)));
        }
    }
}
