using Microsoft.Extensions.Logging.Abstractions;
using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.MasterKeys;

public sealed class MasterKeyStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qari-startup-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_StoredIdsCovered_ReturnsRing()
    {
        var provider = new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(1) : null);
        var result = MasterKeyStartup.Open(provider, [AesGcmMasterKey.FingerprintOf(TestKeys.KeyBytes(1))], NullLogger.Instance);
        Assert.True(result.IsSuccess);
        result.Value.Dispose();
    }

    [Fact]
    public void Open_StoredUnderOtherKey_MismatchNamingMissingId()
    {
        var provider = new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(2) : null);
        var stored = AesGcmMasterKey.FingerprintOf(TestKeys.KeyBytes(1));
        var result = MasterKeyStartup.Open(provider, [stored], NullLogger.Instance);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMismatch));
        Assert.Contains(stored.Value, result.Error!.Message);
        Assert.Contains("nothing was changed", result.Error.Message);
    }

    [Fact]
    public void Open_KeyFileMissingButCredentialsStored_MissingAndNoNewKeyCreated()
    {
        var path = Path.Combine(_directory, "master.key");
        var result = MasterKeyStartup.Open(new FileMasterKeyProvider(path), [new MasterKeyId("mk-0011223344556677")], NullLogger.Instance);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMissing));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_KeyFileMissingAndStoreEmpty_CreatesKey()
    {
        var path = Path.Combine(_directory, "master.key");
        var result = MasterKeyStartup.Open(new FileMasterKeyProvider(path), [], NullLogger.Instance);
        Assert.True(result.IsSuccess);
        result.Value.Dispose();
        Assert.True(File.Exists(path));
    }
}
