using Qari.Storage.Tests.Support;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Credentials;

public sealed class EfWrappedKeyStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(null, 0)]
    [InlineData(RotationStep.Started, 1)]
    [InlineData(RotationStep.BatchLoaded, 2)]
    [InlineData(RotationStep.Rewrapped, 1)]
    [InlineData(RotationStep.Rewrapped, 8)]
    [InlineData(RotationStep.Written, 5)]
    [InlineData(RotationStep.Written, 8)]
    [InlineData(RotationStep.BatchDone, 3)]
    [InlineData(RotationStep.Finishing, 1)]
    public async Task Rotation_CrashedAtStepThenRerun_EveryCredentialDecryptsUnderNewKeyAlone(RotationStep? crashAt, int occurrence)
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        await CredentialStoreScenarios.RotationWithCrashAsync(h, crashAt, occurrence);
    }

    [Fact]
    public async Task TryReplace_RowChangedSinceRead_RefusesToOverwrite()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        var owner = await h.AddUserAsync("alice");
        using var credential = SampleCredential.For(Qari.Model.Ids.ExchangeId.Binance).Create();
        await h.Store.AddAsync(owner, Qari.Model.Ids.ExchangeId.Binance, "main", credential, CancellationToken.None);
        var record = Assert.Single(await h.WrappedKeys.ListNotUnderAsync(new MasterKeyId("mk-other"), new HashSet<Qari.Vault.Credentials.CredentialId>(), 10, CancellationToken.None));
        var stale = record with { WrappedKey = [.. record.WrappedKey[..^1], (byte)(record.WrappedKey[^1] ^ 1)] };
        Assert.False(await h.WrappedKeys.TryReplaceAsync(stale, [1, 2, 3], new MasterKeyId("mk-other"), CancellationToken.None));
        Assert.True(await h.WrappedKeys.TryReplaceAsync(record, record.WrappedKey, record.MasterKey, CancellationToken.None));
        Assert.Equal(1, (await h.WrappedKeys.CountByMasterKeyAsync(CancellationToken.None))[TestKeys.Key(1).Id]);
    }

    [Fact]
    public async Task MasterKeyStartup_AgainstStoredCredentials_DetectsMissingMalformedAndMismatchedKeys()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path, masterKey: 1);
        var owner = await h.AddUserAsync("alice");
        using (var credential = SampleCredential.For(Qari.Model.Ids.ExchangeId.Bitget).Create())
            await h.Store.AddAsync(owner, Qari.Model.Ids.ExchangeId.Bitget, "main", credential, CancellationToken.None);
        var inUse = (await h.WrappedKeys.CountByMasterKeyAsync(CancellationToken.None)).Keys.ToList();
        var logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        EnvironmentMasterKeyProvider Env(string? value) => new(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? value : null);

        Assert.True(MasterKeyStartup.Open(Env(null), inUse, logger).Error.Is(Qari.Vault.VaultErrorCode.MasterKeyMissing));
        Assert.True(MasterKeyStartup.Open(Env("bm90IGEga2V5"), inUse, logger).Error.Is(Qari.Vault.VaultErrorCode.MasterKeyMalformed));
        Assert.True(MasterKeyStartup.Open(Env(TestKeys.KeyBase64(2)), inUse, logger).Error.Is(Qari.Vault.VaultErrorCode.MasterKeyMismatch));
        var keyFile = Path.Combine(_directory.Path, "master.key");
        Assert.True(MasterKeyStartup.Open(new FileMasterKeyProvider(keyFile), inUse, logger).Error.Is(Qari.Vault.VaultErrorCode.MasterKeyMissing));
        Assert.False(File.Exists(keyFile));
        using var ring = MasterKeyStartup.Open(Env(TestKeys.KeyBase64(1)), inUse, logger).Value;
        Assert.Equal(inUse, [ring.Active.Id]);
    }
}
