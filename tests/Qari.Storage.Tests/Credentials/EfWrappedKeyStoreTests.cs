using Qari.Storage.Tests.Support;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
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
    [InlineData(RotationStep.Written, 16)]
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
}
