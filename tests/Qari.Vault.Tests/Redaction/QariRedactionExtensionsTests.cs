using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Redaction;
using Qari.Vault.Rotation;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.Redaction;

internal static partial class RedactionProbeLog
{
    [LoggerMessage(Level = LogLevel.Trace, Message = "Signing request for key {ApiKey} with secret {Secret}")]
    internal static partial void Signing(ILogger logger, [SensitiveData] string apiKey, [SecretData] string secret);
}

public class QariRedactionExtensionsTests
{
    private static (ServiceProvider Services, CapturingLoggerProvider Capture) Logging()
    {
        var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture).AddQariLogRedaction())
            .BuildServiceProvider();
        return (services, capture);
    }

    [Fact]
    public void ClassifiedParameters_AtTrace_AreErased()
    {
        var (services, capture) = Logging();
        using (services)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("probe");
            RedactionProbeLog.Signing(logger, TestKeys.ApiKey, TestKeys.Secret);
        }
        var entry = Assert.Single(capture.Entries);
        Assert.Contains("Signing request for key", entry);
        Assert.Empty(SecretForms.FoundIn(TestKeys.Secret, entry));
        Assert.Empty(SecretForms.FoundIn(TestKeys.ApiKey, entry));
    }

    [Fact]
    public async Task VaultOperations_AtTrace_LogNoKeyMaterial()
    {
        var (services, capture) = Logging();
        var errors = new List<string>();
        using (services)
        {
            var factory = services.GetRequiredService<ILoggerFactory>();
            var provider = new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(1) : null);
            using var ring = MasterKeyStartup.Open(provider, [], factory.CreateLogger("startup")).Value;
            var cipher = new CredentialCipher(ring, factory.CreateLogger<CredentialCipher>());
            using var credential = TestKeys.Credential();
            var sealedCredential = cipher.Seal(credential, TestKeys.Binding());
            Assert.True(cipher.Open(sealedCredential, TestKeys.Binding(), TestKeys.Read).IsSuccess);
            sealedCredential.Ciphertext[^1] ^= 1;
            errors.Add(cipher.Open(sealedCredential, TestKeys.Binding(), TestKeys.Read).Error!.ToString());
            errors.Add(credential.ToString());

            var store = new InMemoryWrappedKeyStore();
            var other = TestKeys.Binding(version: 2);
            using var second = TestKeys.Credential();
            store.Put(new WrappedKeyRecord(other, ring.Active.Id, cipher.Seal(second, other).WrappedKey));
            using var rotating = TestKeys.Ring(2, 1);
            var report = await new MasterKeyRotation(new CredentialCipher(rotating, factory.CreateLogger<CredentialCipher>()), store,
                factory.CreateLogger<MasterKeyRotation>()).RunAsync(CancellationToken.None);
            errors.Add(report.Describe());
        }
        Assert.Contains(capture.Entries, e => e.StartsWith("Trace", StringComparison.Ordinal));
        var everything = capture.AllText + "\n" + string.Join("\n", errors);
        foreach (var secret in new[] { TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase, TestKeys.KeyBase64(1), TestKeys.KeyBase64(2) })
            Assert.Empty(SecretForms.FoundIn(secret, everything));
    }
}
